import type { StoreMigration } from './store-migration.js';

/**
 * The official GB/T 2260 administrative division code of a jurisdiction (义乌市 330782), so
 * the bundled catalog of every province, prefecture- and county-level unit can be matched
 * with places already stored under their slugs. Unique where present.
 */
export const migration0018: StoreMigration = {
  async up(db) {
    await db.schema.alterTable('jurisdictions').addColumn('gb_code', 'text').execute();
    await db.schema
      .createIndex('jurisdictions_gb_code')
      .unique()
      .on('jurisdictions')
      .column('gb_code')
      .execute();
  },
};
