import { jsonColumnType } from '../json-column.js';
import type { StoreMigration } from './store-migration.js';

/** The indicator catalog that items link to and observations measure. */
export const migration0003: StoreMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('indicators')
      .addColumn('code', 'text', (col) => col.primaryKey())
      .addColumn('name_zh', 'text', (col) => col.notNull())
      .addColumn('name_en', 'text', (col) => col.notNull())
      .addColumn('aliases', jsonColumnType(dialect), (col) => col.notNull())
      .addColumn('unit_family', 'text', (col) => col.notNull())
      .addColumn('base_unit', 'text')
      .addColumn('polarity', 'text', (col) => col.notNull())
      .addColumn('is_builtin', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
  },
};
