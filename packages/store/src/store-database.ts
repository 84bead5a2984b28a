import type { Kysely } from 'kysely';
import type { Store } from './create-store.js';
import type { Database } from './schema.js';

/**
 * The connection behind each store, kept outside the Store interface so that the
 * repositories stay the normal way in and existing fakes of Store keep compiling.
 */
const databases = new WeakMap<Store, Kysely<Database>>();

/** Records the connection a store was built on (createStore calls it). */
export function registerStoreDatabase(store: Store, db: Kysely<Database>): void {
  databases.set(store, db);
}

/**
 * The Kysely connection of a store made by createStore, for read queries the repositories
 * do not offer (joins across tables for a scorecard, substring search, benchmarks). Writes
 * should go through the repositories, which keep history and validation. Throws for any
 * other object.
 */
export function storeDatabase(store: Store): Kysely<Database> {
  const db = databases.get(store);
  if (db === undefined) throw new TypeError('storeDatabase: not a store made by createStore');
  return db;
}
