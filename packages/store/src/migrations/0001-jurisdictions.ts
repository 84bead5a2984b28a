import type { StoreMigration } from './store-migration.js';

/** Places with a government; the hierarchy is rows (seeded by code), not SQL. */
export const migration0001: StoreMigration = {
  async up(db) {
    await db.schema
      .createTable('jurisdictions')
      .addColumn('code', 'text', (col) => col.primaryKey())
      .addColumn('name_zh', 'text', (col) => col.notNull())
      .addColumn('name_en', 'text', (col) => col.notNull())
      .addColumn('level', 'text', (col) => col.notNull())
      .addColumn('parent_code', 'text', (col) => col.references('jurisdictions.code'))
      .execute();
    await db.schema
      .createIndex('jurisdictions_by_parent')
      .on('jurisdictions')
      .column('parent_code')
      .execute();
  },
};
