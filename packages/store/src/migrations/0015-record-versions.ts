import type { StoreMigration } from './store-migration.js';

/**
 * A version on every record people edit (items, documents): 1 when written, one more on
 * each change. A write names the version it was made from, and a stale one is refused
 * (CONFLICT) instead of silently overwriting someone else's change.
 */
export const migration0015: StoreMigration = {
  async up(db) {
    for (const table of ['items', 'documents']) {
      await db.schema
        .alterTable(table)
        .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
        .execute();
    }
  },
};
