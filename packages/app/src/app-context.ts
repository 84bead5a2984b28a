import { createCatalog, type IndicatorCatalog, type Jurisdiction } from '@lantu/core';
import { storeDatabase, type Database, type Store } from '@lantu/store';
import type { ReadPool } from '@lantu/readers';
import type { Kysely } from 'kysely';

/** What every use case is built from. */
export interface AppContext {
  readonly store: Store;
  /** The store's connection, for the read queries its repositories do not offer. */
  readonly db: Kysely<Database>;
  readonly asOf: string;
  /**
   * The indicator catalog as stored now (built-in plus users' indicators). Read per use,
   * because a server and a CLI may share one database and either may add indicators.
   */
  catalog(): Promise<IndicatorCatalog>;
  /** Every known jurisdiction, for linking and name resolution. */
  jurisdictions(): Promise<readonly Jurisdiction[]>;
  /** The worker pool untrusted files are read in; undefined: read on this thread. */
  readonly readPool: ReadPool | undefined;
}

/** The context over an open store. */
export function createAppContext(store: Store, asOf: string, readPool?: ReadPool): AppContext {
  return {
    store,
    db: storeDatabase(store),
    asOf,
    catalog: async () => createCatalog(await store.indicators.list()),
    jurisdictions: () => store.jurisdictions.list(),
    readPool,
  };
}
