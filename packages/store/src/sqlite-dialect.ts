import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
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

/**
 * Opens (creating if needed) an SQLite file with WAL, synchronous = FULL, foreign keys and
 * a busy timeout.
 */
export function createSqliteDialect(path: string): SqliteDialect {
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
  return new ImmediateSqliteDialect({ database });
}
