import { LantuError } from '@lantu/core';
import { Kysely } from 'kysely';
import { parseStoreUrl } from './connection-url.js';
import type { DialectName } from './dialect-name.js';
import { createPostgresDialect } from './postgres-dialect.js';
import type { Database } from './schema.js';
import { createSqliteDialect } from './sqlite-dialect.js';

/** An open connection (pool) and which dialect it speaks. */
export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
}

/**
 * Connects to the database a store URL names. The only place a dialect is chosen.
 * `readOnly` (SQLite files only) opens an existing file that nothing may change.
 */
export function openDatabase(url: string, readOnly = false): OpenDatabase {
  const location = parseStoreUrl(url);
  switch (location.dialect) {
    case 'sqlite':
      return {
        db: new Kysely<Database>({ dialect: createSqliteDialect(location.path, readOnly) }),
        dialect: 'sqlite',
      };
    case 'postgres':
      if (readOnly) throw new LantuError('INPUT_INVALID', 'a read-only store is an SQLite file');
      return {
        db: new Kysely<Database>({ dialect: createPostgresDialect(location.url) }),
        dialect: 'postgres',
      };
  }
}
