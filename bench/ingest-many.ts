/**
 * `lantu ingest` of many small documents (issue 10 goal: 10,000 in under 2 minutes on 2
 * cores, with a progress bar, reading in the worker pool). Makes N distinct small plans from
 * the Yiwu fixtures' paragraphs (each ~2 KB, a different number in each so no two are the
 * same document), then runs the compiled CLI (npm run build:cli) over the folder into a
 * fresh SQLite store and prints the time, the rate and the load average.
 * Run: npm run bench:ingest -- --count 10000
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildParagraphCorpus, sliceCorpus } from './lib/build-corpus.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const count = Number(values.count);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages/cli/dist/lantu.mjs');
if (!existsSync(cli)) {
  const build = spawnSync('npx', ['tsx', 'scripts/build-cli.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'lantu-ingest-bench-'));
try {
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  const paragraphs = sliceCorpus(buildParagraphCorpus(64 * 1024), 64 * 1024).split('\n\n');
  for (let i = 0; i < count; i += 1) {
    const start = (i * 7) % Math.max(1, paragraphs.length - 4);
    const body = paragraphs.slice(start, start + 4).join('\n\n');
    writeFileSync(
      join(docs, `doc-${String(i).padStart(5, '0')}.txt`),
      `# 某县第${i + 1}号工作报告\n\n到2026年，建成海外仓${i + 1}个。\n\n${body}\n`,
    );
  }
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [cli, 'ingest', docs, '--db', `sqlite:${join(dir, 'bench.sqlite')}`],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `load average      ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  console.log(`documents         ${count} (exit code ${String(run.status)})`);
  console.log(
    `lantu ingest      ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(1)} documents/s`,
  );
  console.log(`10,000 at this rate: ${((10_000 / count) * seconds).toFixed(0)} s (goal < 120 s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
