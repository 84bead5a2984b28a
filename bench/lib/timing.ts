/**
 * Wall-clock timing for the benchmarks: warm the JIT first, then keep the
 * best of several runs, which is the least disturbed by GC and other load.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';

/** Collects garbage between runs when node was started with --expose-gc. */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
}

/** Milliseconds of the fastest of `runs` calls of `fn`. */
export function bestOfMs(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** The number of runs from `--runs N`, default 3. */
export function runsOption(value: string | undefined): number {
  const runs = value === undefined ? 3 : Number(value);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`--runs wants a positive whole number, got ${value}`);
  }
  return runs;
}

/** What machine the figures come from, for the README table and --json. */
export function machine(): { node: string; cpus: number; cpu: string; platform: string } {
  const list = cpus();
  return {
    node: process.version,
    cpus: list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    platform: `${process.platform}-${process.arch}`,
  };
}

/** Milliseconds with enough decimals to be readable at any scale. */
export function formatMs(ms: number): string {
  return ms.toFixed(ms < 10 ? 3 : 1);
}
