import { openLantu, type LantuApp, type ReadPool } from '@lantu/app';
import type { Timings } from '../timings.js';
import { createTextFirstPool } from './text-first-pool.js';
import { timedPool } from './timed-pool.js';

/**
 * Runs `work` over Lantu opened on `db` and always closes it, so a failed command
 * never leaves the SQLite file locked or a PostgreSQL pool open. With `readFiles`, plain
 * text is read on this thread and other formats in a worker pool (time and memory cap per
 * file, several files at once): see text-first-pool.ts. With `timings`, opening the store
 * and each read are marked as phases.
 */
export async function withApp<T>(
  options: {
    readonly db?: string | undefined;
    readonly asOf?: string | undefined;
    readonly readFiles?: boolean;
    readonly timings?: Timings;
  },
  work: (app: LantuApp) => Promise<T>,
): Promise<T> {
  const { timings } = options;
  let readPool: ReadPool | undefined;
  if (options.readFiles === true) {
    const pool = createTextFirstPool();
    readPool = timings === undefined ? pool : timedPool(pool, timings);
  }
  timings?.lap('start');
  const app = await openLantu({
    url: options.db,
    asOf: options.asOf,
    ...(readPool === undefined ? {} : { readPool }),
  });
  timings?.lap('open store');
  try {
    return await work(app);
  } finally {
    await app.close();
    await readPool?.close();
    timings?.lap('close');
  }
}
