import { afterEach, beforeEach } from 'vitest';
import type { Kysely } from 'kysely';
import { createStore, type Store, type StoreOptions } from '../src/create-store.js';
import type { DialectName } from '../src/dialect-name.js';
import { openDatabase } from '../src/open-database.js';
import type { Database } from '../src/schema.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** The dialects every store test runs on, in order. */
export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

/** The store under test plus a second, raw connection to check what really got written. */
export interface StoreUnderTest {
  readonly store: Store;
  /** A separate connection to the same database, for counting rows and raw SQL. */
  readonly raw: Kysely<Database>;
  readonly url: string;
}

/**
 * Gives each test of the enclosing describe a fresh database and store on `dialect`, and
 * throws both away afterwards. Read the fields inside tests, not at describe time.
 */
export function useStore(
  dialect: DialectName,
  options: Omit<StoreOptions, 'url'> = {},
): StoreUnderTest {
  let current: (StoreUnderTest & { database: TestDatabase }) | undefined;
  beforeEach(async () => {
    const database = await createTestDatabase(dialect);
    const store = await createStore({ ...options, url: database.url });
    current = { store, raw: openDatabase(database.url).db, url: database.url, database };
  });
  afterEach(async () => {
    if (current === undefined) return;
    await current.store.close();
    await current.raw.destroy();
    await current.database.dispose();
    current = undefined;
  });
  const get = (): StoreUnderTest => {
    if (current === undefined) throw new Error('useStore() fields are only set inside a test');
    return current;
  };
  return {
    get store() {
      return get().store;
    },
    get raw() {
      return get().raw;
    },
    get url() {
      return get().url;
    },
  };
}

/** Rows in each table, for "nothing changed" assertions. */
export async function countRows(raw: Kysely<Database>): Promise<Record<keyof Database, number>> {
  const tables: (keyof Database)[] = [
    'jurisdictions',
    'documents',
    'outline_nodes',
    'frameworks',
    'framework_parts',
    'items',
    'indicators',
    'observations',
    'history',
    'assignments',
    'reports',
    'attachments',
    'notices',
    'notifications',
  ];
  const counts = {} as Record<keyof Database, number>;
  for (const table of tables) {
    const row = await raw
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    // PostgreSQL returns count(*) as a bigint string.
    counts[table] = Number(row.n);
  }
  return counts;
}
