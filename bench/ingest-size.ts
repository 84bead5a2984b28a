/**
 * Ingest in proportion to size: one document of 1, 5 and 20 MB (the Yiwu fixtures'
 * paragraphs repeated, bench/lib/build-corpus.ts) ingested whole into a fresh SQLite store
 * through `LantuApp.ingest`, and where the time goes: reading (`readDocument`, timed alone
 * on the same text), storing (`store.documents.ingestReading`, timed by wrapping it) and the
 * rest (decoding, hashing, linking, picking observations).
 *
 *   npx tsx bench/ingest-size.ts [--sizes 1,5,20] [--json]
 *
 * Goal (issue 13): 20 MB in under 10 s whole-process, linear from 1 to 20 MB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDocument } from '../packages/core/src/index.js';
import { openLantu } from '../packages/app/src/index.js';
import { buildParagraphCorpus, sliceCorpus } from './lib/build-corpus.js';
import { machine } from './lib/timing.js';

const MB = 1024 * 1024;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,5,20' },
    json: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const meta = {
  title: '义乌市国民经济和社会发展第十四个五年规划',
  kind: 'five-year-plan',
  horizon: 2025,
  jurisdiction: '义乌市',
} as const;

const corpus = buildParagraphCorpus(Math.max(...sizes) * MB);
const rows = [];
for (const mb of sizes) {
  const text = sliceCorpus(corpus, mb * MB);
  const bytes = Buffer.from(text, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'lantu-ingest-size-'));
  const app = await openLantu({ url: `sqlite:${join(dir, 'lantu.sqlite')}`, asOf: '2026-03-01' });
  try {
    let t0 = performance.now();
    const reading = readDocument({ text, meta });
    const readMs = performance.now() - t0;
    // Time the store's one transaction by wrapping it.
    const documents = app.store.documents;
    const original = documents.ingestReading.bind(documents);
    let storeMs = 0;
    documents.ingestReading = async (input) => {
      const s0 = performance.now();
      try {
        return await original(input);
      } finally {
        storeMs += performance.now() - s0;
      }
    };
    const progress: string[] = [];
    t0 = performance.now();
    const [result] = await app.ingest(
      [{ fileName: `plan-${mb}mb.txt`, bytes, meta: { ...meta } }],
      {
        actor: 'bench',
        onProgress: (done, total) =>
          progress.push(`${done}/${total} at ${((performance.now() - t0) / 1000).toFixed(1)} s`),
      },
    );
    const totalMs = performance.now() - t0;
    if (result === undefined || !result.ok)
      throw new Error(`ingest failed: ${JSON.stringify(result)}`);
    const row = {
      mb,
      bytes: bytes.length,
      items: reading.items.length,
      totalS: totalMs / 1000,
      readS: readMs / 1000,
      storeS: storeMs / 1000,
      restS: (totalMs - readMs - storeMs) / 1000,
      progress,
    };
    rows.push(row);
    // Each size as soon as it is done: a 20 MB run on a loaded machine takes minutes.
    if (!values.json) process.stderr.write(`${JSON.stringify(row)}\n`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
if (values.json) {
  console.log(JSON.stringify({ rows, machine: machine() }, null, 2));
} else {
  console.log(
    '| size | items | whole ingest s | reading s | storing s | rest (decode, hash, link, observations) s |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.mb} MB | ${r.items} | ${r.totalS.toFixed(1)} | ${r.readS.toFixed(1)} | ${r.storeS.toFixed(1)} | ${r.restS.toFixed(1)} |`,
    );
  }
  const m = machine();
  console.log(`Machine: ${m.cpu} (${m.cpus} vCPUs), ${m.platform}, Node ${m.node}`);
}
