/**
 * Seconds per MB of readDocument on hostile inputs (1 MB each unless --mb):
 * endless digits, one character repeated, deeply nested brackets and quotes,
 * one 1 MB line, list markers with no text. These are the inputs that make a
 * backtracking regex or a recursive parser go quadratic or overflow.
 *
 *   npx tsx bench/worst-case.ts [--json] [--runs N] [--mb N]
 *
 * Goal (bench/README.md): every case under 1 s/MB.
 */
import { parseArgs } from 'node:util';
import { readDocument } from '../packages/core/src/extract/read-document.js';
import {
  ADVERSARIAL_CASES,
  MB,
  utf8Bytes,
} from '../packages/core/test/support/adversarial-inputs.js';
import { bestOfMs, formatMs, machine, runsOption } from './lib/timing.js';

const GOAL_S_PER_MB = 1;

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string' },
    mb: { type: 'string' },
  },
});
const runs = runsOption(values.runs);
const size = values.mb === undefined ? 1 : Number(values.mb);
if (!(size > 0)) throw new Error(`--mb wants a positive number, got ${values.mb}`);

// Warm-up on small versions of every case, so the first case timed is not penalised.
for (const c of ADVERSARIAL_CASES) readDocument({ text: c.build(64 * 1024) });

const rows = ADVERSARIAL_CASES.map((c) => {
  const text = c.build(Math.floor(size * MB));
  const bytes = utf8Bytes(text);
  const ms = bestOfMs(() => readDocument({ text, meta: { horizon: 2025 } }), runs);
  const sPerMb = ms / 1000 / (bytes / MB);
  return { name: c.name, bytes, chars: text.length, ms, sPerMb, ok: sPerMb < GOAL_S_PER_MB };
});

if (values.json) {
  console.log(
    JSON.stringify({ machine: machine(), runs, goalSPerMb: GOAL_S_PER_MB, rows }, null, 2),
  );
} else {
  const m = machine();
  console.log(`worst case · ${m.cpu} · node ${m.node} · best of ${runs}\n`);
  console.log('case                        bytes      chars        ms      s/MB');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(24)}  ${String(r.bytes).padStart(8)}  ${String(r.chars).padStart(9)}` +
        `  ${formatMs(r.ms).padStart(8)}  ${r.sPerMb.toFixed(4).padStart(8)} ${r.ok ? '✓' : '✗'}`,
    );
  }
  const worst = rows.reduce((a, b) => (b.sPerMb > a.sPerMb ? b : a));
  console.log(
    `\nworst: ${worst.name} at ${worst.sPerMb.toFixed(4)} s/MB (goal < ${GOAL_S_PER_MB} s/MB)`,
  );
}
