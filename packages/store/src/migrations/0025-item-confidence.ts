import { jsonColumnType } from '../json-column.js';
import type { StoreMigration } from './store-migration.js';

/**
 * What the reader knew about each item (issue 9): its confidence (0–1, from the rules that
 * fired), the reason for its kind and year, the rules behind the confidence, and the item
 * it restates (`比2025年翻一番` beside `突破4000亿元`: the index, in the same document, of
 * the level it restates). All nullable: items stored before this migration have none. The
 * range of the confidence is checked in code (SQLite cannot add a CHECK to an old table
 * without rebuilding it).
 */
export const migration0025: StoreMigration = {
  async up(db, dialect) {
    await db.schema.alterTable('items').addColumn('confidence', 'double precision').execute();
    await db.schema.alterTable('items').addColumn('reason', 'text').execute();
    await db.schema
      .alterTable('items')
      .addColumn('confidence_reasons', jsonColumnType(dialect))
      .execute();
    await db.schema.alterTable('items').addColumn('restates', 'integer').execute();
  },
};
