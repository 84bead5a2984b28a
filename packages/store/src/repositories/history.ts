import type { Kysely } from 'kysely';
import type { HistoryEntity, HistoryEntry } from '../records.js';
import { historyRow, toHistoryEntry, type NewHistoryEntry } from '../rows/history-row.js';
import type { Database } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { assertActor } from '../validation/checks.js';

/** Reads the audit trail. Writing happens only inside the transactions that change things. */
export interface HistoryRepository {
  /** Every entry about one entity, oldest first. */
  list(query: {
    readonly entity: HistoryEntity;
    readonly entityId: string;
  }): Promise<HistoryEntry[]>;
  /**
   * Appends one entry for a change made outside the store's repositories: accounts, which
   * the authentication library writes through its own adapter. Everything else writes its
   * history inside its own transaction.
   */
  append(entry: Omit<NewHistoryEntry, 'at'>): Promise<void>;
}

/**
 * Appends one entry. Takes the caller's transaction so that the change and its record
 * commit or roll back together.
 */
export async function appendHistory(db: Kysely<Database>, entry: NewHistoryEntry): Promise<void> {
  await db.insertInto('history').values(historyRow(entry)).execute();
}

/** The history repository over a store connection. */
export function createHistoryRepository(ctx: StoreContext): HistoryRepository {
  return {
    async list({ entity, entityId }) {
      const rows = await ctx.db
        .selectFrom('history')
        .selectAll()
        .where('entity', '=', entity)
        .where('entity_id', '=', entityId)
        .orderBy('id')
        .execute();
      return rows.map(toHistoryEntry);
    },
    async append(entry) {
      assertActor(entry.actor);
      await appendHistory(ctx.db, { ...entry, at: ctx.now() });
    },
  };
}
