import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DialectName } from '../src/dialect-name.js';
import { MIGRATION_NAMES } from '../src/migrations/index.js';
import { createStore } from '../src/create-store.js';
import { openDatabase } from '../src/open-database.js';
import type { Database } from '../src/schema.js';
import { createTestDatabase } from './test-database.js';
import { DIALECTS, useStore } from './use-store.js';

const TABLES = [
  'documents',
  'framework_parts',
  'frameworks',
  'history',
  'indicators',
  'items',
  'jurisdictions',
  'observations',
  'outline_nodes',
];

const INDEXES = [
  'documents_content_key',
  'items_by_document',
  'items_by_jurisdiction_indicator',
  'items_scorecard',
  'observations_series',
  'history_by_entity',
];

async function indexNames(raw: Kysely<Database>, dialect: DialectName): Promise<string[]> {
  const query =
    dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'index'`
      : sql<{
          name: string;
        }>`select indexname as name from pg_indexes where schemaname = current_schema()`;
  return (await query.execute(raw)).rows.map((row) => row.name);
}

for (const dialect of DIALECTS) {
  describe(`migrations (${dialect})`, () => {
    it('run every migration on an empty database, then nothing on a second open', async () => {
      const database = await createTestDatabase(dialect);
      try {
        const store = await createStore({ url: database.url, migrate: false });
        expect(await store.migrate()).toEqual(MIGRATION_NAMES);
        expect(await store.migrate()).toEqual([]);
        await store.close();
        const reopened = await createStore({ url: database.url });
        expect(await reopened.migrate()).toEqual([]);
        await reopened.close();
      } finally {
        await database.dispose();
      }
    });

    const t = useStore(dialect);

    it('create the tables and the indexes the queries rely on', async () => {
      const tables = (await t.raw.introspection.getTables()).map((table) => table.name);
      expect(tables).toEqual(expect.arrayContaining(TABLES));
      expect(await indexNames(t.raw, dialect)).toEqual(expect.arrayContaining(INDEXES));
    });

    it('make history append-only in the database itself', async () => {
      await t.store.jurisdictions.seedDefaults();
      await t.raw
        .insertInto('history')
        .values({
          entity: 'item',
          entity_id: 'x',
          action: 'test',
          actor: 't',
          at: 'now',
          before: null,
          after: null,
        })
        .execute();
      await expect(
        t.raw.updateTable('history').set({ actor: 'mallory' }).execute(),
      ).rejects.toThrow(/append-only/);
      await expect(t.raw.deleteFrom('history').execute()).rejects.toThrow(/append-only/);
      const rows = await t.raw.selectFrom('history').select('actor').execute();
      expect(rows).toEqual([{ actor: 't' }]);
    });

    it('turn SQLite foreign keys on (and PostgreSQL always has them)', async () => {
      const orphan = t.raw
        .insertInto('jurisdictions')
        .values({
          code: 'x',
          name_zh: '某地',
          name_en: 'X',
          level: 'other',
          parent_code: 'nowhere',
        })
        .execute();
      await expect(orphan).rejects.toThrow();
    });
  });
}

describe('SQLite files', () => {
  it('are created with their folders, and :memory: works too', async () => {
    const database = await createTestDatabase('sqlite');
    const nested = database.url.replace(/lantu\.sqlite$/, 'data/deeper/lantu.sqlite');
    try {
      for (const url of [nested, ':memory:']) {
        const store = await createStore({ url });
        await store.jurisdictions.seedDefaults();
        expect(await store.jurisdictions.list()).toHaveLength(4);
        await store.close();
      }
      const reopened = await createStore({ url: nested });
      expect(await reopened.jurisdictions.list()).toHaveLength(4);
      await reopened.close();
    } finally {
      await database.dispose();
    }
  });

  it('uses WAL and a busy timeout', async () => {
    const database = await createTestDatabase('sqlite');
    const { db } = openDatabase(database.url);
    try {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      const timeout = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      expect(timeout.rows[0]?.timeout).toBeGreaterThan(0);
    } finally {
      await db.destroy();
      await database.dispose();
    }
  });
});
