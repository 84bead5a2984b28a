import { LantuError } from '@lantu/core';
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialect-name.js';
import type { Database } from '../schema.js';
import { migration0001 } from './0001-jurisdictions.js';
import { migration0002 } from './0002-documents.js';
import { migration0003 } from './0003-indicators.js';
import { migration0004 } from './0004-items.js';
import { migration0005 } from './0005-observations.js';
import { migration0006 } from './0006-history.js';
import { migration0007 } from './0007-observations-covering.js';
import { migration0008 } from './0008-target-statuses.js';
import { migration0015 } from './0015-record-versions.js';
import { migration0016 } from './0016-data-version.js';
import { migration0017 } from './0017-plans.js';
import { migration0018 } from './0018-jurisdiction-catalog.js';
import { migration0025 } from './0025-item-confidence.js';
import { migration0026 } from './0026-search-external-content.js';
import { migration0027 } from './0027-search-hashsize.js';
import { migration0021 } from './0021-search-index.js';
import { migration0009 } from './0009-units.js';
import { migration0010 } from './0010-accounts.js';
import { migration0011 } from './0011-assignments.js';
import { migration0012 } from './0012-attachments.js';
import { migration0013 } from './0013-notices.js';
import { migration0014 } from './0014-notifications.js';
import type { StoreMigration } from './store-migration.js';

/** Every migration by name; Kysely runs them in name order. Never edit one that shipped. */
const MIGRATIONS: Readonly<Record<string, StoreMigration>> = {
  '0001-jurisdictions': migration0001,
  '0002-documents': migration0002,
  '0003-indicators': migration0003,
  '0004-items': migration0004,
  '0005-observations': migration0005,
  '0006-history': migration0006,
  '0007-observations-covering': migration0007,
  '0008-target-statuses': migration0008,
  '0015-record-versions': migration0015,
  '0016-data-version': migration0016,
  '0017-plans': migration0017,
  '0018-jurisdiction-catalog': migration0018,
  '0025-item-confidence': migration0025,
  '0026-search-external-content': migration0026,
  '0027-search-hashsize': migration0027,
  '0021-search-index': migration0021,
  '0009-units': migration0009,
  '0010-accounts': migration0010,
  '0011-assignments': migration0011,
  '0012-attachments': migration0012,
  '0013-notices': migration0013,
  '0014-notifications': migration0014,
};

/** The names of all migrations, in order. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();

function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, step]) => [
      name,
      { up: (db: Kysely<unknown>) => step.up(db, dialect) },
    ]),
  );
}

/**
 * Brings the schema up to date and returns the names of the migrations it ran. Uses a
 * static provider (not a folder scan) so migrations work the same from source or a bundle.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: DialectName,
): Promise<readonly string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrationsFor(dialect)) },
    migrationTableName: 'lantu_migration',
    migrationLockTableName: 'lantu_migration_lock',
    ...(dialect === 'postgres' ? { migrationTableSchema: await currentSchema(db) } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const what = failed === undefined ? 'store migrations' : `store migration ${failed}`;
    const detail = error instanceof Error ? error.message : 'unknown error';
    throw new LantuError('INTERNAL', `${what} failed: ${detail}`, { cause: error });
  }
  return results.map((result) => result.migrationName);
}

/**
 * Kysely looks for its migration tables across every schema it can see; where another
 * schema of the same database (another Lantu instance, another test) has them, it would
 * wrongly find those. Naming our own schema keeps each instance to its own tables.
 */
async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (schema === undefined) throw new LantuError('INTERNAL', 'PostgreSQL has no current schema');
  return schema;
}
