import { sql, type Kysely } from 'kysely';
import type { StoreMigration } from './store-migration.js';

/**
 * SQLite's full-text tables (0021) index documents and items without keeping a second copy
 * of their text: FTS5 "external content" tables, which read a matching row's columns from a
 * view over the indexed table instead of from a copy of their own. Storing a 20 MB document
 * wrote its text twice (the row and the index's copy), about 0.7 s of its ingest and 20 MB
 * of the file (issue 13). The view renames the columns to the ones the index had (`id` as
 * `item_id`, `document_id`), so queries stay as they were, and gives the rowid a name FTS5
 * can look rows up by. The triggers now hand FTS5 the old values to remove ('delete'), as
 * external content requires. The index is rebuilt from the stored rows.
 *
 * The rowids the index keeps are the tables' own (they have no INTEGER PRIMARY KEY), which
 * only VACUUM renumbers: Lantu never vacuums, and docs/deploy.md says how to rebuild the
 * indexes if someone does.
 *
 * PostgreSQL: nothing to do; its pg_trgm indexes never held copies.
 */
export const migration0026: StoreMigration = {
  async up(db, dialect) {
    if (dialect === 'postgres') return;
    await externalIndex(db, {
      table: 'items',
      index: 'items_search',
      idColumn: 'item_id',
      columns: ['metric', 'text'],
    });
    await externalIndex(db, {
      table: 'documents',
      index: 'documents_search',
      idColumn: 'document_id',
      columns: ['title', 'text'],
    });
  },
};

interface IndexShape {
  readonly table: 'items' | 'documents';
  readonly index: 'items_search' | 'documents_search';
  /** The unindexed column carrying the row's id, as 0021 named it. */
  readonly idColumn: 'item_id' | 'document_id';
  readonly columns: readonly [string, string];
}

async function externalIndex(db: Kysely<unknown>, shape: IndexShape): Promise<void> {
  const { table, index, idColumn, columns } = shape;
  const raw = (text: string): Promise<unknown> => sql.raw(text).execute(db);
  const source = `${index}_source`;
  const rowid = `${table}_rowid`;
  const indexed = `${idColumn}, ${columns.join(', ')}`;
  const values = (row: 'new' | 'old'): string =>
    `${row}.rowid, ${row}.id, ${columns.map((column) => `${row}.${column}`).join(', ')}`;
  const remove = `insert into ${index} (${index}, rowid, ${indexed}) values ('delete', ${values('old')});`;
  const add = `insert into ${index} (rowid, ${indexed}) values (${values('new')});`;

  for (const action of ['insert', 'delete', 'update']) await raw(`drop trigger ${index}_${action}`);
  await raw(`drop table ${index}`);
  await raw(
    `create view ${source} as select rowid as ${rowid}, id as ${idColumn}, ${columns.join(', ')} from ${table}`,
  );
  await raw(`create virtual table ${index} using fts5(${idColumn} unindexed, ${columns.join(', ')},
    tokenize = 'trigram', content = '${source}', content_rowid = '${rowid}')`);
  await raw(`insert into ${index} (${index}) values ('rebuild')`);
  await raw(`create trigger ${index}_insert after insert on ${table} begin ${add} end`);
  await raw(`create trigger ${index}_delete after delete on ${table} begin ${remove} end`);
  await raw(`create trigger ${index}_update after update of ${columns.join(', ')} on ${table} begin
    ${remove} ${add} end`);
}
