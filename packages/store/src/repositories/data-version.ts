import { sql } from 'kysely';
import type { StoreContext } from '../store-context.js';

/**
 * The store-wide write counter (migration 0016). Whoever writes raises it after the
 * write committed; readers key caches by it. One row, so reading it costs one indexed
 * lookup, cheap enough to do on every request.
 */
export interface DataVersionRepository {
  current(): Promise<number>;
  /** Raises the counter by one and returns the new value. */
  bump(): Promise<number>;
}

export function createDataVersionRepository(ctx: StoreContext): DataVersionRepository {
  const { db } = ctx;
  return {
    async current() {
      const row = await db
        .selectFrom('data_version')
        .select('version')
        .where('id', '=', 1)
        .executeTakeFirst();
      return row === undefined ? 0 : Number(row.version);
    },
    async bump() {
      const row = await db
        .updateTable('data_version')
        .set({ version: sql<number>`version + 1` })
        .where('id', '=', 1)
        .returning('version')
        .executeTakeFirst();
      return row === undefined ? 0 : Number(row.version);
    },
  };
}
