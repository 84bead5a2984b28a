import { jsonColumnType } from '../json-column.js';
import type { StoreMigration } from './store-migration.js';

/**
 * Computed statuses, stored per day: one row per target (or milestone) and as-of date,
 * with the full status as JSON, so a scorecard page reads 50 rows instead of evaluating
 * a whole jurisdiction. Beside them, the cross-document findings of a jurisdiction's
 * scorecard for that date. Both are a cache: any write drops the affected rows, and
 * the app computes them again (they can always be rebuilt from the other tables).
 */
export const migration0008: StoreMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('target_statuses')
      .addColumn('item_id', 'text', (col) =>
        col.notNull().references('items.id').onDelete('cascade'),
      )
      .addColumn('jurisdiction_code', 'text', (col) => col.notNull())
      .addColumn('as_of', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('method', 'text', (col) => col.notNull())
      .addColumn('payload', jsonColumnType(dialect), (col) => col.notNull())
      .addColumn('document_id', 'text', (col) => col.notNull())
      .addColumn('idx', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('target_statuses_pk', ['item_id', 'as_of'])
      .execute();
    await db.schema
      .createIndex('target_statuses_page')
      .on('target_statuses')
      .columns(['jurisdiction_code', 'as_of', 'status'])
      .execute();
    await db.schema
      .createTable('scorecard_findings')
      .addColumn('jurisdiction_code', 'text', (col) => col.notNull())
      .addColumn('as_of', 'text', (col) => col.notNull())
      .addColumn('payload', jsonColumnType(dialect), (col) => col.notNull())
      .addPrimaryKeyConstraint('scorecard_findings_pk', ['jurisdiction_code', 'as_of'])
      .execute();
  },
};
