import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLantu, type LantuApp } from '@lantu/app';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ingestCorpusIfEmpty } from '../src/bundled-corpus.js';
import { errorBodySchema, type ErrorBody } from '../src/schemas/error.js';
import { createServer, type ServerOptions } from '../src/create-server.js';

/** The bundled Yiwu corpus, with its manifest. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../fixtures/yiwu/corpus', import.meta.url));

/** Statuses are pinned to a date, so what the tests see does not change with the calendar. */
export const AS_OF = '2026-06-30';

export interface TestServer {
  readonly app: LantuApp;
  readonly server: OpenAPIHono;
  /** Unexpected errors the server logged (a test that expects none checks it is empty). */
  readonly logged: unknown[];
  close(): Promise<void>;
}

/**
 * A real app on a fresh SQLite file in a temporary folder, with the Yiwu corpus ingested
 * unless `empty`, and the server over it. Call once per test file (beforeAll).
 */
export async function openTestServer(
  options: { readonly empty?: boolean } & Omit<ServerOptions, 'app'> = {},
): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'lantu-server-'));
  const app = await openLantu({ url: `sqlite:${join(dir, 'lantu.sqlite')}`, asOf: AS_OF });
  if (options.empty !== true) await ingestCorpusIfEmpty(app, CORPUS_DIR);
  const logged: unknown[] = [];
  const server = createServer({ logError: (error) => logged.push(error), ...options, app });
  return {
    app,
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
  server: OpenAPIHono,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const res = await server.request(path);
  return { status: res.status, body: await res.json() };
}

/** Sends JSON with `method` and returns status and parsed JSON body. */
export async function sendJson(
  server: OpenAPIHono,
  method: 'PATCH' | 'POST',
  path: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await server.request(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** The `error` of an error response body; fails the test if the body is not one. */
export function errorOf(body: unknown): ErrorBody['error'] {
  return errorBodySchema.parse(body).error;
}
