/**
 * The compiled CLI's start-up and whole-process extract time (issue 10 goals: `lantu
 * --version` under 0.3 s, `lantu extract` of 10 MB under 2 s). Builds the bundle first when
 * it is missing (npm run build:cli), then times, as whole processes:
 *   node -e 0                      (the floor: Node's own start on this machine)
 *   lantu --version                (median of 5)
 *   lantu extract <10 MB> --json   (once; output to a temp file)
 * and prints the load average, since a shared machine slows every figure.
 * Run: npm run bench:cli
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildParagraphCorpus, sliceCorpus } from './lib/build-corpus.js';

const MB = 1024 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages/cli/dist/lantu.mjs');

function timed(args: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${String(run.stderr)}`);
  return ms;
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

if (!existsSync(cli)) {
  const build = spawnSync('npx', ['tsx', 'scripts/build-cli.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'lantu-cli-bench-'));
try {
  const file = join(dir, 'ten-mb.txt');
  writeFileSync(file, sliceCorpus(buildParagraphCorpus(10 * MB), 10 * MB));
  const floor = median([0, 1, 2, 3, 4].map(() => timed(['-e', '0'])));
  const version = median([0, 1, 2, 3, 4].map(() => timed([cli, '--version'])));
  const extract = timed([cli, 'extract', file, '--out', join(dir, 'out')]);
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  console.log(`load average          ${load}`);
  console.log(`node -e 0             ${(floor / 1000).toFixed(2)} s (median of 5)`);
  console.log(`lantu --version       ${(version / 1000).toFixed(2)} s (median of 5; goal < 0.3 s)`);
  console.log(`lantu extract 10 MB   ${(extract / 1000).toFixed(2)} s (goal < 2 s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
