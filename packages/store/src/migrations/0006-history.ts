import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect-name.js';
import { jsonColumnType } from '../json-column.js';
import type { StoreMigration } from './store-migration.js';

/** The audit trail: who changed what, with the values before and after. */
export const migration0006: StoreMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('history')
      // An increasing integer, so the order of entries is the order they were written
      // even when several share a millisecond.
      .addColumn('id', 'integer', (col) =>
        dialect === 'postgres'
          ? col.primaryKey().generatedAlwaysAsIdentity()
          : col.primaryKey().autoIncrement(),
      )
      .addColumn('entity', 'text', (col) => col.notNull())
      .addColumn('entity_id', 'text', (col) => col.notNull())
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('actor', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('before', jsonColumnType(dialect))
      .addColumn('after', jsonColumnType(dialect))
      .execute();
    await db.schema
      .createIndex('history_by_entity')
      .on('history')
      .columns(['entity', 'entity_id', 'id'])
      .execute();
    await forbidHistoryChanges(db, dialect);
  },
};

/** Append-only is enforced by the database, not just by the absence of an API. */
async function forbidHistoryChanges(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  switch (dialect) {
    case 'sqlite':
      for (const event of ['update', 'delete']) {
        await sql`create trigger ${sql.raw(`history_no_${event}`)} before ${sql.raw(event)} on history
          begin select raise(abort, 'history is append-only'); end`.execute(db);
      }
      return;
    case 'postgres':
      await sql`create function history_append_only() returns trigger language plpgsql as $$
          begin raise exception 'history is append-only'; end $$`.execute(db);
      await sql`create trigger history_append_only before update or delete on history
          for each row execute function history_append_only()`.execute(db);
      return;
  }
}
