import { jsonColumnType } from '../json-column.js';
import type { StoreMigration } from './store-migration.js';

/** Reported values of an indicator for a jurisdiction and period. */
export const migration0005: StoreMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('observations')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('indicator_code', 'text', (col) => col.notNull().references('indicators.code'))
      .addColumn('jurisdiction_code', 'text', (col) =>
        col.notNull().references('jurisdictions.code'),
      )
      .addColumn('year', 'integer', (col) => col.notNull())
      .addColumn('period', 'text')
      .addColumn('measure', 'text', (col) => col.notNull())
      .addColumn('value', 'double precision', (col) => col.notNull())
      .addColumn('base_unit', 'text')
      .addColumn('comparator', 'text', (col) => col.notNull())
      .addColumn('source_type', 'text', (col) => col.notNull())
      .addColumn('source', jsonColumnType(dialect), (col) => col.notNull())
      .addColumn('item_id', 'text', (col) => col.references('items.id').onDelete('set null'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('observations_series')
      .on('observations')
      .columns(['indicator_code', 'jurisdiction_code', 'year'])
      .execute();
    await db.schema
      .createIndex('observations_by_item')
      .on('observations')
      .column('item_id')
      .execute();
  },
};
