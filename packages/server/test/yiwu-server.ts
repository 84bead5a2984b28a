import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAccounts, openLantu, type Accounts, type LantuApp } from '@lantu/app';
import { ingestCorpusIfEmpty } from '../src/bundled-corpus.js';
import { errorBodySchema, type ErrorBody } from '../src/schemas/error.js';
import { createServer, type LantuServer, type ServerOptions } from '../src/create-server.js';

/** The bundled Yiwu corpus, with its manifest. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../fixtures/yiwu/corpus', import.meta.url));

/** Statuses are pinned to a date, so what the tests see does not change with the calendar. */
export const AS_OF = '2026-06-30';

/** The origin of `server.request(path)`: a write from this page is the server's own. */
export const TEST_ORIGIN = 'http://localhost';

/** Accounts over a test app, with a fixed secret and a generous sign-in limit. */
export function testAccounts(app: LantuApp, signInLimit = { max: 1000, windowSeconds: 60 }) {
  return createAccounts(app.store, {
    baseUrl: TEST_ORIGIN,
    secret: 'lantu-test-secret-which-is-long-enough-000',
    signInLimit,
  });
}

export interface TestServer {
  readonly app: LantuApp;
  readonly accounts: Accounts;
  readonly server: LantuServer;
  /** Unexpected errors the server logged (a test that expects none checks it is empty). */
  readonly logged: unknown[];
  close(): Promise<void>;
}

/**
 * A real app on a fresh SQLite file in a temporary folder, with the Yiwu corpus ingested
 * unless `empty`, and the server over it. Call once per test file (beforeAll).
 */
export async function openTestServer(
  options: {
    readonly empty?: boolean;
    readonly signInLimit?: { readonly max: number; readonly windowSeconds: number };
  } & Omit<ServerOptions, 'app' | 'accounts'> = {},
): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'lantu-server-'));
  const app = await openLantu({ url: `sqlite:${join(dir, 'lantu.sqlite')}`, asOf: AS_OF });
  if (options.empty !== true) await ingestCorpusIfEmpty(app, CORPUS_DIR);
  const logged: unknown[] = [];
  const accounts = testAccounts(app, options.signInLimit);
  const server = createServer({
    logError: (error) => logged.push(error),
    ...options,
    app,
    accounts,
  });
  return {
    app,
    accounts,
    server,
    logged,
    async close() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** GETs a path and returns status and parsed JSON body. */
export async function getJson(
  server: LantuServer,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const res = await server.request(path);
  return { status: res.status, body: await res.json() };
}

/**
 * Sends JSON with `method` and returns status and parsed JSON body; `headers` carries a
 * signed-in user's cookie (see support/sign-in.ts).
 */
export async function sendJson(
  server: LantuServer,
  method: 'PATCH' | 'POST' | 'DELETE',
  path: string,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): Promise<{ status: number; body: unknown }> {
  const res = await server.request(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** The `error` of an error response body; fails the test if the body is not one. */
export function errorOf(body: unknown): ErrorBody['error'] {
  return errorBodySchema.parse(body).error;
}
