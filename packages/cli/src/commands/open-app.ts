import { createReadPool, openLantu, type LantuApp, type ReadPool } from '@lantu/app';

/**
 * Runs `work` over Lantu opened on `db` and always closes it, so a failed command
 * never leaves the SQLite file locked or a PostgreSQL pool open. With `readFiles`, files
 * are read in a worker pool (time and memory cap per file, several files at once).
 */
export async function withApp<T>(
  options: {
    readonly db?: string | undefined;
    readonly asOf?: string | undefined;
    readonly readFiles?: boolean;
  },
  work: (app: LantuApp) => Promise<T>,
): Promise<T> {
  const readPool: ReadPool | undefined = options.readFiles === true ? createReadPool() : undefined;
  const app = await openLantu({
    url: options.db,
    asOf: options.asOf,
    ...(readPool === undefined ? {} : { readPool }),
  });
  try {
    return await work(app);
  } finally {
    await app.close();
    await readPool?.close();
  }
}
