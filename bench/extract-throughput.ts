/**
 * Throughput of the whole reading pipeline (readDocument) on one large
 * document: the fixtures repeated to 10 MB, read as 1, 2, 4, 6, 8 and 10 MB
 * paragraph-aligned slices. Prints ms and MB/s per size and a linearity
 * figure. MB = 2^20 bytes of UTF-8, the size of the file on disk.
 *
 *   npx tsx bench/extract-throughput.ts [--json] [--runs N]
 *
 * Goals (bench/README.md): ≥ 10 MB/s on one core, and linear: the 10 MB
 * slice takes about 10 × the 1 MB slice (linearity ≈ 1.0).
 */
import { parseArgs } from 'node:util';
import { readDocument } from '../packages/core/src/extract/read-document.js';
import type { DocumentMeta } from '../packages/core/src/model/document.js';
import { MB } from '../packages/core/test/support/adversarial-inputs.js';
import { buildParagraphCorpus, sliceCorpus } from './lib/build-corpus.js';
import { bestOfMs, formatMs, machine, runsOption } from './lib/timing.js';

const SIZES_MB = [1, 2, 4, 6, 8, 10];
const GOAL_MB_PER_S = 10;
/** Above this the time grows visibly faster than the size. */
const LINEARITY_LIMIT = 1.3;

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, runs: { type: 'string' } },
});
const runs = runsOption(values.runs);
const meta: DocumentMeta = {
  title: 'bench',
  kind: 'five-year-plan',
  horizon: 2025,
  jurisdiction: '义乌市',
};

const corpus = buildParagraphCorpus(Math.max(...SIZES_MB) * MB);
const slices = SIZES_MB.map((mb) => ({ mb, text: sliceCorpus(corpus, mb * MB) }));

// Warm-up: let the JIT compile the grammar's hot paths before anything is timed.
const warm = slices[0]?.text ?? '';
for (let i = 0; i < 3; i++) readDocument({ text: warm, meta });

const rows = slices.map(({ mb, text }) => {
  const bytes = Buffer.byteLength(text, 'utf8');
  let found = { items: 0, outline: 0, frameworks: 0 };
  const ms = bestOfMs(() => {
    const r = readDocument({ text, meta });
    found = { items: r.items.length, outline: r.outline.length, frameworks: r.frameworks.length };
  }, runs);
  return { mb, bytes, chars: text.length, ms, mbPerS: bytes / MB / (ms / 1000), ...found };
});

const first = rows[0];
const last = rows[rows.length - 1];
// Time ratio largest/smallest over size ratio: 1.0 is linear, 2.0 means twice the work per byte.
const linearity =
  first && last && first.ms > 0 ? last.ms / first.ms / (last.bytes / first.bytes) : Number.NaN;

if (values.json) {
  console.log(JSON.stringify({ machine: machine(), runs, rows, linearity }, null, 2));
} else {
  const m = machine();
  console.log(`extract throughput · ${m.cpu} · node ${m.node} · best of ${runs}\n`);
  console.log('size    bytes        chars       ms        MB/s    items  outline  frameworks');
  for (const r of rows) {
    console.log(
      `${`${r.mb} MB`.padEnd(6)}  ${String(r.bytes).padStart(10)}  ${String(r.chars).padStart(10)}` +
        `  ${formatMs(r.ms).padStart(8)}  ${r.mbPerS.toFixed(1).padStart(9)}` +
        `  ${String(r.items).padStart(6)}  ${String(r.outline).padStart(7)}  ${String(r.frameworks).padStart(10)}`,
    );
  }
  const speed = last?.mbPerS ?? 0;
  console.log(
    `\nthroughput at ${last?.mb ?? 0} MB: ${speed.toFixed(1)} MB/s (goal ≥ ${GOAL_MB_PER_S}) ${speed >= GOAL_MB_PER_S ? '✓' : '✗'}`,
  );
  console.log(
    `linearity (t${last?.mb ?? 0}/t${first?.mb ?? 0} ÷ size ratio): ${linearity.toFixed(2)} ` +
      `(1.0 = linear; goal ≤ ${LINEARITY_LIMIT}) ${linearity <= LINEARITY_LIMIT ? '✓' : '✗'}`,
  );
}
