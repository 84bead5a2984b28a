/**
 * Migration 0026 on SQLite: the full-text tables become external-content tables over views
 * of items and documents (no second copy of the text), rebuilt from rows stored before it,
 * and kept in step by the triggers as 0021's were.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migration0021 } from '../src/migrations/0021-search-index.js';
import { migration0026 } from '../src/migrations/0026-search-external-content.js';

let db: Kysely<unknown> | undefined;
afterEach(async () => db?.destroy());

async function found(index: string, idColumn: string, phrase: string): Promise<string[]> {
  if (db === undefined) throw new Error('no database');
  const { rows } = await sql<{ id: string }>`select ${sql.ref(idColumn)} as id
    from ${sql.table(index)} where ${sql.table(index)} match ${`"${phrase}"`}`.execute(db);
  return rows.map((row) => row.id).sort();
}

describe('search index as external content (migration 0026, sqlite)', () => {
  it('indexes rows stored before it, stores no copy, and follows inserts, updates and deletes', async () => {
    db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
    });
    await sql`create table items (id text primary key, metric text not null, text text not null)`.execute(
      db,
    );
    await sql`create table documents (id text primary key, title text not null, text text not null)`.execute(
      db,
    );
    await migration0021.up(db, 'sqlite');
    await sql`insert into items values ('a', '地区生产总值', '到2025年地区生产总值达到2000亿元')`.execute(
      db,
    );
    await sql`insert into documents values ('d', '义乌市规划', '中欧班列开行量持续增长')`.execute(
      db,
    );

    await migration0026.up(db, 'sqlite');
    expect(await found('items_search', 'item_id', '生产总值')).toEqual(['a']);
    expect(await found('documents_search', 'document_id', '中欧班列')).toEqual(['d']);
    // External content: FTS5 keeps no _content table of its own.
    const { rows: shadow } = await sql<{ name: string }>`select name from sqlite_master
      where name in ('items_search_content', 'documents_search_content')`.execute(db);
    expect(shadow).toEqual([]);

    await sql`insert into items values ('b', '居民人均可支配收入', '城乡居民收入持续增长')`.execute(
      db,
    );
    await sql`update items set metric = '跨境电商交易额', text = '跨境电商交易额翻一番' where id = 'a'`.execute(
      db,
    );
    expect(await found('items_search', 'item_id', '生产总值')).toEqual([]);
    expect(await found('items_search', 'item_id', '跨境电商')).toEqual(['a']);
    expect(await found('items_search', 'item_id', '可支配')).toEqual(['b']);
    await sql`delete from items where id = 'b'`.execute(db);
    await sql`delete from documents where id = 'd'`.execute(db);
    expect(await found('items_search', 'item_id', '可支配')).toEqual([]);
    expect(await found('documents_search', 'document_id', '中欧班列')).toEqual([]);
    // The index agrees with the rows it reads from (throws SQLITE_CORRUPT_VTAB otherwise).
    for (const index of ['items_search', 'documents_search']) {
      await sql`insert into ${sql.table(index)} (${sql.table(index)}, rank)
        values ('integrity-check', 1)`.execute(db);
    }
  });
});
