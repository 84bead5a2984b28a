import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
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
  /**
   * After a write that may change any status: drops every stored status and finding and
   * raises the counter, in ONE transaction. With `synchronous = FULL` each commit waits for
   * the disk, so doing both in one commit (not two) is a third fewer syncs per ingested
   * document.
   */
  bumpDroppingStatuses(): Promise<number>;
}

async function bumpIn(db: Kysely<Database>): Promise<number> {
  const row = await db
    .updateTable('data_version')
    .set({ version: sql<number>`version + 1` })
    .where('id', '=', 1)
    .returning('version')
    .executeTakeFirst();
  return row === undefined ? 0 : Number(row.version);
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
    bump: () => bumpIn(db),
    bumpDroppingStatuses: () =>
      db.transaction().execute(async (trx) => {
        await trx.deleteFrom('target_statuses').execute();
        await trx.deleteFrom('scorecard_findings').execute();
        return bumpIn(trx);
      }),
  };
}
