import { fileURLToPath } from 'node:url';
import { LantuError } from '@lantu/core';
import { z } from 'zod';
import { allowedHostNames } from './middleware/allowed-hosts.js';

/** Everything the server is configured with, parsed once from the environment. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Store URL: `sqlite:…`, a file path, `:memory:` or `postgres://…`. */
  readonly dbUrl: string;
  /** The date statuses are computed for; undefined means today. */
  readonly asOf: string | undefined;
  readonly uploadLimitBytes: number;
  /** The built web app, served at `/` when it exists. */
  readonly webDist: string;
  /** The Yiwu corpus ingested into an empty store on first start. */
  readonly corpusDir: string;
  /** Host names requests may carry: loopback, HOST, PUBLIC_URL's host, LANTU_ALLOWED_HOSTS. */
  readonly allowedHosts: readonly string[];
  /** Largest request body other than an upload, in bytes. */
  readonly bodyLimitBytes: number;
  /** Uploads per client address per minute. */
  readonly uploadsPerMinute: number;
}

// Paths are resolved from this file, not the working directory, so `npm start` works
// from the repository root and from packages/server alike.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Unset and empty variables both take the default (`PORT= npm start`). */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  /** TCP port. @default 8080 */
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(8080)),
  /** Interface to listen on; loopback unless asked, as the API has no authentication. */
  HOST: z.preprocess(unsetIfEmpty, z.string().default('127.0.0.1')),
  /** @default sqlite:.data/lantu.sqlite (relative to the working directory) */
  LANTU_DB: z.preprocess(unsetIfEmpty, z.string().default('sqlite:.data/lantu.sqlite')),
  /** ISO date statuses are computed for. @default today */
  LANTU_AS_OF: z.preprocess(
    unsetIfEmpty,
    z.iso.date({ message: 'expected an ISO date such as 2026-06-30' }).optional(),
  ),
  /** Largest upload, in MB. @default 20 */
  LANTU_UPLOAD_LIMIT_MB: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().positive().max(1024).default(20),
  ),
  /** @default packages/web/dist */
  LANTU_WEB_DIST: z.preprocess(unsetIfEmpty, z.string().default(`${REPO_ROOT}packages/web/dist`)),
  /** @default fixtures/yiwu/corpus */
  LANTU_CORPUS: z.preprocess(unsetIfEmpty, z.string().default(`${REPO_ROOT}fixtures/yiwu/corpus`)),
  /** The address people reach the server at (behind a proxy), e.g. https://lantu.example.gov.cn */
  PUBLIC_URL: z.preprocess(unsetIfEmpty, z.url().optional()),
  /** Further host names to answer to, comma-separated; `*` answers to any (not advised). */
  LANTU_ALLOWED_HOSTS: z.preprocess(unsetIfEmpty, z.string().default('')),
  /** Largest request body other than an upload, in KB. @default 1024 */
  LANTU_BODY_LIMIT_KB: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number()
      .int()
      .positive()
      .max(1024 * 1024)
      .default(1024),
  ),
  /** Uploads per client address per minute. @default 30 */
  LANTU_UPLOADS_PER_MINUTE: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().positive().default(30),
  ),
});

/**
 * Parses the environment. Throws INPUT_INVALID naming every bad variable at once, so a
 * misconfigured start fails before anything is opened.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new LantuError('INPUT_INVALID', `invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dbUrl: e.LANTU_DB,
    asOf: e.LANTU_AS_OF,
    uploadLimitBytes: Math.round(e.LANTU_UPLOAD_LIMIT_MB * 1024 * 1024),
    webDist: e.LANTU_WEB_DIST,
    corpusDir: e.LANTU_CORPUS,
    allowedHosts: allowedHostNames({
      listenHost: e.HOST,
      publicUrl: e.PUBLIC_URL,
      extra: e.LANTU_ALLOWED_HOSTS.split(','),
    }),
    bodyLimitBytes: e.LANTU_BODY_LIMIT_KB * 1024,
    uploadsPerMinute: e.LANTU_UPLOADS_PER_MINUTE,
  };
}
