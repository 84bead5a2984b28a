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
  /** The worker pool uploaded files are read in: threads, time (ms) and heap (MB) per file. */
  readonly readPool: {
    readonly threads: number;
    readonly timeLimitMs: number;
    readonly memoryLimitMb: number;
  };
  /** Posters, wall charts and reports rendered at once (Chromium pages). */
  readonly renderSlots: number;
  /** Renders that may wait for a page before the next gets 503. */
  readonly renderQueue: number;
  /** Rows one scorecard export may hold. */
  readonly exportMaxRows: number;
  /** Scorecard exports streamed at once; more wait in a short queue, then get 503. */
  readonly exportSlots: number;
  /** The address people open; cookies and sign-in redirects use it. */
  readonly baseUrl: string;
  /** Signs session cookies; undefined: kept in `authSecretFile`, made on first start. */
  readonly authSecret: string | undefined;
  readonly authSecretFile: string;
  /** Origins besides baseUrl's whose pages may send writes (CSRF check). */
  readonly trustedOrigins: readonly string[];
  /** Cookies only over HTTPS; undefined: when baseUrl is https. */
  readonly secureCookies: boolean | undefined;
  /** Behind a reverse proxy: the client address comes from X-Forwarded-For. */
  readonly trustProxy: boolean;
  /** Sign-in attempts per client address and window. */
  readonly signInLimit: { readonly max: number; readonly windowSeconds: number };
  /** Demo accounts for each role on the bundled demo store (`off` never makes them). */
  readonly demoAccounts: boolean;
  /** Unreviewed items on the public portal: marked 未经审核, or hidden. */
  readonly unreviewed: 'mark' | 'hide';
}

// Paths are resolved from this file, not the working directory, so `npm start` works
// from the repository root and from packages/server alike.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Unset and empty variables both take the default (`PORT= npm start`). */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  /** TCP port. @default 8080 */
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(8080)),
  /** Interface to listen on; loopback unless asked. */
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
  /** Worker threads reading uploaded files. @default 2 */
  LANTU_READ_THREADS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(64).default(2)),
  /** Seconds one file may take to read (then 422). @default 30 */
  LANTU_READ_TIMEOUT_S: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().positive().max(3600).default(30),
  ),
  /** Heap of one reading worker in MB (a file needing more: 413). @default 512 */
  LANTU_READ_MEMORY_MB: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(32).max(16384).default(512),
  ),
  /** Posters, wall charts and reports rendered at once (Chromium pages). @default 2 */
  LANTU_RENDER_PAGES: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().positive().max(32).default(2),
  ),
  /** Renders that may wait for a page; the next one gets 503 with Retry-After. @default 8 */
  LANTU_RENDER_QUEUE: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(0).max(1000).default(8),
  ),
  /**
   * Rows one scorecard export may hold (more: 400 asking to narrow the filter). Exports
   * stream, so this bounds the time one public read may take, not memory. @default 1000000
   */
  LANTU_EXPORT_MAX_ROWS: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().positive().max(10_000_000).default(1_000_000),
  ),
  /**
   * Scorecard exports streamed at once (each holds a core while it reads); 8 more wait,
   * the next gets 503 with Retry-After. @default 2
   */
  LANTU_EXPORTS_AT_ONCE: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().positive().max(64).default(2),
  ),
  /** The address people open. @default http://HOST:PORT */
  LANTU_BASE_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/ }).optional()),
  /** At least 32 characters; the same on every instance. @default kept in LANTU_AUTH_SECRET_FILE */
  LANTU_AUTH_SECRET: z.preprocess(
    unsetIfEmpty,
    z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  ),
  /** @default .data/auth-secret (relative to the working directory) */
  LANTU_AUTH_SECRET_FILE: z.preprocess(unsetIfEmpty, z.string().default('.data/auth-secret')),
  /** Comma-separated origins allowed to send writes besides LANTU_BASE_URL's. */
  LANTU_TRUSTED_ORIGINS: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .default('')
      .transform((list) =>
        list
          .split(',')
          .map((o) => o.trim())
          .filter((o) => o !== ''),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  ),
  /** `true`, `false`, or unset: secure cookies when LANTU_BASE_URL is https. */
  LANTU_SECURE_COOKIES: z.preprocess(unsetIfEmpty, z.enum(['true', 'false']).optional()),
  /** `true` behind a reverse proxy that sets X-Forwarded-For. @default false */
  LANTU_TRUST_PROXY: z.preprocess(unsetIfEmpty, z.enum(['true', 'false']).default('false')),
  /** Sign-in attempts per client address: `max/seconds`. @default 5/60 */
  LANTU_SIGN_IN_LIMIT: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^\d+\/\d+$/, { message: 'expected attempts/seconds such as 5/60' })
      .default('5/60'),
  ),
  /** `on` (bundled demo store only) or `off`. @default on */
  LANTU_DEMO_ACCOUNTS: z.preprocess(unsetIfEmpty, z.enum(['on', 'off']).default('on')),
  /** `mark` (未经审核) or `hide` unreviewed items on the public portal. @default mark */
  LANTU_UNREVIEWED: z.preprocess(unsetIfEmpty, z.enum(['mark', 'hide']).default('mark')),
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
  const [max = 5, windowSeconds = 60] = e.LANTU_SIGN_IN_LIMIT.split('/').map(Number);
  return {
    baseUrl: e.LANTU_BASE_URL ?? `http://${e.HOST}:${e.PORT}`,
    authSecret: e.LANTU_AUTH_SECRET,
    authSecretFile: e.LANTU_AUTH_SECRET_FILE,
    trustedOrigins: e.LANTU_TRUSTED_ORIGINS,
    secureCookies:
      e.LANTU_SECURE_COOKIES === undefined ? undefined : e.LANTU_SECURE_COOKIES === 'true',
    trustProxy: e.LANTU_TRUST_PROXY === 'true',
    signInLimit: { max, windowSeconds },
    demoAccounts: e.LANTU_DEMO_ACCOUNTS === 'on',
    unreviewed: e.LANTU_UNREVIEWED,
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
    readPool: {
      threads: e.LANTU_READ_THREADS,
      timeLimitMs: Math.round(e.LANTU_READ_TIMEOUT_S * 1000),
      memoryLimitMb: e.LANTU_READ_MEMORY_MB,
    },
    renderSlots: e.LANTU_RENDER_PAGES,
    renderQueue: e.LANTU_RENDER_QUEUE,
    exportMaxRows: e.LANTU_EXPORT_MAX_ROWS,
    exportSlots: e.LANTU_EXPORTS_AT_ONCE,
  };
}
