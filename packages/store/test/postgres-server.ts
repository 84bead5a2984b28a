import { chownSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findPostgresBinaries } from './postgres-binaries.js';
import { runPostgresProgram } from './postgres-process.js';
import {
  claimServerDir,
  removeServerDir,
  SERVER_DIR_PREFIX,
  sweepStaleServers,
} from './stale-servers.js';

/** A throwaway PostgreSQL server in a temp folder. */
export interface PostgresServer {
  /** A database on it that tests may create schemas in. */
  readonly url: string;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

const SUPERUSER = 'lantu';
const DATABASE = 'lantu_test';

/**
 * initdb into a temp folder owned by the server's user, then start on 127.0.0.1 at a free
 * port with the socket inside that folder (so nothing touches /var/run/postgresql).
 * Durability is switched off: the data is thrown away anyway.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const binaries = findPostgresBinaries();
  await sweepStaleServers(binaries);
  const root = mkdtempSync(join(tmpdir(), SERVER_DIR_PREFIX));
  claimServerDir(root);
  if (binaries.runAs !== null) chownSync(root, binaries.runAs.uid, binaries.runAs.gid);
  const run = (program: string, args: readonly string[]) =>
    runPostgresProgram(binaries, program, args);
  const data = join(root, 'data');
  const log = join(root, 'server.log');
  const stop = () => removeServerDir(binaries, root);
  try {
    await run(binaries.initdb, [
      '-D',
      data,
      '-U',
      SUPERUSER,
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
    ]);
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${root}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    await run(binaries.pgCtl, [
      '-D',
      data,
      '-l',
      log,
      '-o',
      options,
      '-w',
      '-t',
      '60',
      'start',
    ]).catch((error: unknown) => {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(`pg_ctl start failed; server log:\n${tail}`, { cause: error });
    });
    await createDatabase(`postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`);
    return { url: `postgres://${SUPERUSER}@127.0.0.1:${port}/${DATABASE}`, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

async function createDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
