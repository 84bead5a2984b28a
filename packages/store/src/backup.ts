import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LantuError } from '@lantu/core';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { parseStoreUrl } from './connection-url.js';
import { createStore } from './create-store.js';
import { openDatabase } from './open-database.js';

/** What a backup or restore did. */
export interface BackupResult {
  readonly dialect: 'sqlite' | 'postgres';
  readonly file: string;
}

/**
 * Writes a consistent copy of the store at `url` to `file` while it stays in use.
 * SQLite: the online backup API (better-sqlite3 `backup()`), page by page, so readers and
 * writers carry on. PostgreSQL: `pg_dump --format=custom` of the store's schema, one
 * snapshot. Either way the copy is of one moment, never half a write.
 */
export async function backupStore(url: string, file: string): Promise<BackupResult> {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const location = parseStoreUrl(url);
  if (location.dialect === 'sqlite') {
    if (location.path === ':memory:' || !existsSync(location.path)) {
      throw new LantuError('NOT_FOUND', `no SQLite store at ${location.path}`);
    }
    const source = new BetterSqlite3(location.path, { fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
    return { dialect: 'sqlite', file: target };
  }
  const schema = await currentSchema(url);
  await run('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--schema=${schema}`,
    `--file=${target}`,
    `--dbname=${libpqUrl(location.url)}`,
  ]);
  return { dialect: 'postgres', file: target };
}

/**
 * Replaces the store at `url` with the backup in `file`, then brings its schema up to
 * date (a backup from an older Lantu gets the newer migrations). SQLite: the backup API
 * again, from the file into the store (other connections see the whole new content or
 * the old, never a mix). PostgreSQL: `pg_restore --clean --if-exists` into the database.
 * Stop servers and scheduled jobs on the store first: their caches would be stale.
 */
export async function restoreStore(url: string, file: string): Promise<BackupResult> {
  const source = resolve(file);
  if (!existsSync(source)) throw new LantuError('NOT_FOUND', `no backup file ${source}`);
  const location = parseStoreUrl(url);
  if (location.dialect === 'sqlite') {
    assertSqliteBackup(source);
    if (location.path !== ':memory:') mkdirSync(dirname(location.path), { recursive: true });
    const backup = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
    try {
      await backup.backup(location.path);
    } finally {
      backup.close();
    }
  } else {
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      `--dbname=${libpqUrl(location.url)}`,
      source,
    ]);
  }
  const store = await createStore({ url });
  await store.close();
  return { dialect: location.dialect, file: source };
}

/** Refuses a file that is not an intact SQLite database holding a Lantu store. */
function assertSqliteBackup(file: string): void {
  let database: BetterSqlite3.Database | undefined;
  try {
    database = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const check = database.pragma('quick_check', { simple: true });
    const lantu = database
      .prepare(`select 1 from sqlite_master where type = 'table' and name = 'lantu_migration'`)
      .get();
    if (check !== 'ok' || lantu === undefined) throw new Error(String(check));
  } catch (error) {
    throw new LantuError(
      'INPUT_INVALID',
      `${file} 不是完整的蓝图 SQLite 备份 (not a Lantu SQLite backup)`,
      {
        cause: error,
      },
    );
  } finally {
    database?.close();
  }
}

/**
 * The URL as libpq reads it: WHATWG URLs write a space in the query as `+`, which libpq
 * takes literally (`options=-c+search_path=…`), so the query is re-encoded with `%20`.
 */
function libpqUrl(url: string): string {
  const parsed = new URL(url);
  const query = [...parsed.searchParams]
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  parsed.search = '';
  return query === '' ? parsed.toString() : `${parsed.toString()}?${query}`;
}

async function currentSchema(url: string): Promise<string> {
  const { db } = openDatabase(url);
  try {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    const schema = rows[0]?.schema;
    if (schema === undefined) throw new LantuError('INTERNAL', 'PostgreSQL has no current schema');
    return schema;
  } finally {
    await db.destroy();
  }
}

/** Runs a PostgreSQL client tool; INTERNAL with its stderr when it fails or is missing. */
function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', (error) =>
      fail(
        new LantuError(
          'INTERNAL',
          `${command} could not start (install postgresql-client): ${error.message}`,
        ),
      ),
    );
    child.once('exit', (code) =>
      code === 0
        ? done()
        : fail(new LantuError('INTERNAL', `${command} failed (${code}): ${stderr.trim()}`)),
    );
  });
}
