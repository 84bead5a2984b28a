import { sql, type Kysely } from 'kysely';
import type { StoreMigration } from './store-migration.js';

/**
 * A full-text index for Chinese substring search, kept by the database itself.
 *
 * SQLite: FTS5 tables with the trigram tokenizer (any substring of three or more
 * characters, case-folded), one over items' metric and text, one over documents' title
 * and text. Each row carries the id it indexes (unindexed) and the indexed row's rowid, so
 * triggers keep it in step on insert, update and delete. Filled from what is stored.
 *
 * PostgreSQL: pg_trgm's GIN indexes on the same columns, which `ILIKE '%…%'` uses (the
 * extension lives in schema public).
 */
export const migration0021: StoreMigration = {
  async up(db, dialect) {
    if (dialect === 'postgres') await postgresIndexes(db);
    else await sqliteTables(db);
  },
};

async function postgresIndexes(db: Kysely<unknown>): Promise<void> {
  // In public, named with it below: a connection's search_path may leave public out.
  await sql`create extension if not exists pg_trgm with schema public`.execute(db);
  for (const [name, table, column] of [
    ['items_metric_trgm', 'items', 'metric'],
    ['items_text_trgm', 'items', 'text'],
    ['documents_text_trgm', 'documents', 'text'],
  ] as const) {
    await sql`create index ${sql.raw(name)} on ${sql.raw(table)} using gin (${sql.raw(column)} public.gin_trgm_ops)`.execute(
      db,
    );
  }
}

async function sqliteTables(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table items_search using fts5(
    item_id unindexed, metric, text, tokenize = 'trigram')`.execute(db);
  await sql`insert into items_search (rowid, item_id, metric, text)
    select rowid, id, metric, text from items`.execute(db);
  await sql`create trigger items_search_insert after insert on items begin
    insert into items_search (rowid, item_id, metric, text)
    values (new.rowid, new.id, new.metric, new.text);
  end`.execute(db);
  await sql`create trigger items_search_delete after delete on items begin
    delete from items_search where rowid = old.rowid;
  end`.execute(db);
  await sql`create trigger items_search_update after update of metric, text on items begin
    delete from items_search where rowid = old.rowid;
    insert into items_search (rowid, item_id, metric, text)
    values (new.rowid, new.id, new.metric, new.text);
  end`.execute(db);

  await sql`create virtual table documents_search using fts5(
    document_id unindexed, title, text, tokenize = 'trigram')`.execute(db);
  await sql`insert into documents_search (rowid, document_id, title, text)
    select rowid, id, title, text from documents`.execute(db);
  await sql`create trigger documents_search_insert after insert on documents begin
    insert into documents_search (rowid, document_id, title, text)
    values (new.rowid, new.id, new.title, new.text);
  end`.execute(db);
  await sql`create trigger documents_search_delete after delete on documents begin
    delete from documents_search where rowid = old.rowid;
  end`.execute(db);
  await sql`create trigger documents_search_update after update of title, text on documents begin
    delete from documents_search where rowid = old.rowid;
    insert into documents_search (rowid, document_id, title, text)
    values (new.rowid, new.id, new.title, new.text);
  end`.execute(db);
}
