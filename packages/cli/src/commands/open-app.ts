import { openLantu, type LantuApp } from '@lantu/app';

/**
 * Runs `work` over Lantu opened on `db` and always closes it, so a failed command
 * never leaves the SQLite file locked or a PostgreSQL pool open.
 */
export async function withApp<T>(
  options: { readonly db?: string | undefined; readonly asOf?: string | undefined },
  work: (app: LantuApp) => Promise<T>,
): Promise<T> {
  const app = await openLantu({ url: options.db, asOf: options.asOf });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
