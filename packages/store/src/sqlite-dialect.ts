import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely';

/** How long a writer waits for another process's write lock before failing. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Starts write transactions with `BEGIN IMMEDIATE`. A plain (deferred) `BEGIN` takes the
 * write lock only at the first write, and in WAL mode a reader that then tries to write
 * after another process committed gets SQLITE_BUSY at once, without waiting for the
 * busy timeout. Taking the lock up front makes a CLI and a server on one file queue.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** Prepared INSERT statements kept per connection, least recently used dropped first. */
const KEPT_STATEMENTS = 64;

/**
 * The connection as Kysely sees it, with its INSERT statements prepared once per text.
 * Kysely prepares every statement it runs; a bulk write (insert-rows.ts) runs the same
 * statement of thousands of parameters many times, and preparing it again each time costs
 * as much as a good share of the writing. Only INSERTs are kept: they run to completion
 * at once (`run`), so one statement is never in use twice, whereas a streamed SELECT holds
 * its statement while iterating.
 */
function withKeptInserts(database: BetterSqlite3.Database): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      const hit = kept.get(sql);
      if (hit !== undefined) {
        kept.delete(sql);
        kept.set(sql, hit);
        return hit;
      }
      const statement = database.prepare(sql);
      if (!statement.reader && /^\s*insert\b/iu.test(sql)) {
        kept.set(sql, statement);
        if (kept.size > KEPT_STATEMENTS) {
          const oldest = kept.keys().next();
          if (oldest.done !== true) kept.delete(oldest.value);
        }
      }
      return statement;
    },
  };
}

/**
 * Opens (creating if needed) an SQLite file with WAL, synchronous = FULL, foreign keys and
 * a busy timeout. `readOnly` opens an existing file for reading only: nothing can change
 * it (a write fails with SQLITE_READONLY), e.g. to measure on a store one must not touch.
 */
export function createSqliteDialect(path: string, readOnly = false): SqliteDialect {
  if (readOnly) {
    const database = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return new ImmediateSqliteDialect({ database: withKeptInserts(database) });
  }
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  // WAL lets readers run while one process writes; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  // FULL: each commit is synced to disk before it returns, so a committed review survives
  // a power cut, not only a crash of the process (NORMAL, WAL's usual setting, may lose
  // the last commits on power loss). Either way a transaction is whole or absent.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return new ImmediateSqliteDialect({ database: withKeptInserts(database) });
}
