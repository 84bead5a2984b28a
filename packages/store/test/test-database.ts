import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DialectName } from '../src/dialect-name.js';

/** A fresh, empty database for one test, and how to throw it away. */
export interface TestDatabase {
  readonly url: string;
  dispose(): Promise<void>;
}

/**
 * SQLite: a real file in a new temp folder. PostgreSQL: a new schema in the shared test
 * database, selected through the URL's search_path, so tests never see each other's rows
 * and need no CREATEDB right on an external LANTU_TEST_PG_URL server.
 */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  switch (dialect) {
    case 'sqlite': {
      const dir = mkdtempSync(join(tmpdir(), 'lantu-store-'));
      return {
        url: `sqlite:${join(dir, 'lantu.sqlite')}`,
        dispose: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
      };
    }
    case 'postgres': {
      const base = postgresUrl();
      const schema = `t_${randomUUID().replaceAll('-', '')}`;
      await adminQuery(base, `create schema ${schema}`);
      const url = new URL(base);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return {
        url: url.toString(),
        dispose: () => adminQuery(base, `drop schema ${schema} cascade`),
      };
    }
  }
}

/** Fails (never skips) when the run was started without the store's global setup. */
function postgresUrl(): string {
  const url = inject('lantuPgUrl') as string | undefined;
  if (url === undefined || url === '') {
    throw new Error(
      'No PostgreSQL for the store tests: run them with packages/store/vitest.config.ts, or add ' +
        'packages/store/test/global-setup.ts to the globalSetup of the vitest config you use.',
    );
  }
  return url;
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
