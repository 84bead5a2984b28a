/**
 * The compiled CLI's start-up and whole-process extract time (issue 10 goals: `lantu
 * --version` under 0.3 s, `lantu extract` of 10 MB under 2 s). Builds the bundle first when
 * it is missing (npm run build:cli), then times, as whole processes:
 *   node -e 0                      (the floor: Node's own start on this machine)
 *   lantu --version                (median of 5)
 *   lantu extract <10 MB> --out    (median of --runs, default 3), with the phase timings
 *                                  the CLI prints under LANTU_TIMINGS=1 (median run's)
 * and prints the load average before and after, since a shared machine slows every figure.
 * `--bundle DIR` times another build (e.g. one of an older commit) in place of packages/cli/dist.
 * Run: npm run bench:cli [-- --runs N] [-- --bundle DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildParagraphCorpus, sliceCorpus } from './lib/build-corpus.js';

const MB = 1024 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, bundle: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs));
const cli = join(
  values.bundle === undefined ? join(root, 'packages/cli/dist') : resolve(values.bundle),
  'lantu.mjs',
);

interface Run {
  readonly ms: number;
  readonly stderr: string;
}

function timed(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Run {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${String(run.stderr)}`);
  return { ms, stderr: String(run.stderr) };
}

const medianRun = (xs: Run[]): Run => {
  const sorted = [...xs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)] ?? { ms: 0, stderr: '' };
};
const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
const seconds = (run: Run): string => `${(run.ms / 1000).toFixed(2)} s`;

if (values.bundle === undefined && !existsSync(cli)) {
  const build = spawnSync('npx', ['tsx', 'scripts/build-cli.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'lantu-cli-bench-'));
try {
  const file = join(dir, 'ten-mb.txt');
  writeFileSync(file, sliceCorpus(buildParagraphCorpus(10 * MB), 10 * MB));
  const loadBefore = load();
  const five = [0, 1, 2, 3, 4];
  const floor = medianRun(five.map(() => timed(['-e', '0'])));
  const version = medianRun(five.map(() => timed([cli, '--version'])));
  const extractEnv = { ...process.env, LANTU_TIMINGS: '1' };
  const extract = medianRun(
    Array.from({ length: runs }, () =>
      timed([cli, 'extract', file, '--out', join(dir, 'out')], extractEnv),
    ),
  );
  const phases = /timings \(ms\): (.*)/u.exec(extract.stderr)?.[1];
  console.log(`bundle                ${cli}`);
  console.log(`load average          ${loadBefore} before, ${load()} after`);
  console.log(`node -e 0             ${seconds(floor)} (median of 5)`);
  console.log(`lantu --version       ${seconds(version)} (median of 5; goal < 0.3 s)`);
  console.log(`lantu extract 10 MB   ${seconds(extract)} (median of ${runs}; goal < 2 s)`);
  if (phases !== undefined) console.log(`  phases (ms)         ${phases}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
