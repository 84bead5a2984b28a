import type { Writer } from './io.js';

/**
 * Where a run's time goes, phase by phase (issue 10: `lantu extract` of 10 MB under 2 s).
 * Printed to stderr at the end of the run when LANTU_TIMINGS=1; otherwise every call is a
 * no-op. Times are wall-clock ms from `performance.now()`, which counts from the process's
 * start, so the first phase includes Node's own start and loading the CLI.
 */
export interface Timings {
  /** Ends the current phase, adding its time to `phase` (phases repeat once per file). */
  readonly lap: (phase: string) => void;
  /** Prints `lantu: timings: phase ms, …, total ms`. */
  readonly print: () => void;
}

export function createTimings(stderr: Writer, enabled: boolean): Timings {
  if (!enabled) return { lap: () => undefined, print: () => undefined };
  const totals = new Map<string, number>();
  let last = 0;
  return {
    lap: (phase) => {
      const now = performance.now();
      totals.set(phase, (totals.get(phase) ?? 0) + now - last);
      last = now;
    },
    print: () => {
      const parts = [...totals].map(([phase, ms]) => `${phase} ${Math.round(ms)}`);
      stderr.write(`lantu: timings (ms): ${parts.join(', ')}, total ${Math.round(last)}\n`);
    },
  };
}

/** Whether the environment asks for timings (LANTU_TIMINGS=1). */
export function timingsWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['LANTU_TIMINGS'] === '1';
}
