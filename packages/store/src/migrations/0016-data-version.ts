import type { StoreMigration } from './store-migration.js';

/**
 * One counter for the whole store, raised after every write through the app. Servers
 * key what they cache (rendered scorecards) by it, so a write by any process — another
 * server instance, the CLI — is seen by all at their next request.
 */
export const migration0016: StoreMigration = {
  async up(db) {
    await db.schema
      .createTable('data_version')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('version', 'integer', (col) => col.notNull())
      .execute();
    await db
      .insertInto('data_version' as never)
      .values({ id: 1, version: 1 })
      .execute();
  },
};
