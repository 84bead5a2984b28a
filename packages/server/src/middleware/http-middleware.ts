import type { Env, Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { allowedHostsOnly } from './allowed-hosts.js';
import { bodyLimits } from './body-limits.js';
import { securityHeaders } from './security-headers.js';
import { uploadRateLimit } from './upload-rate-limit.js';

export interface HttpMiddlewareOptions {
  /** Host names requests may carry (`*` for any). */
  readonly allowedHosts: readonly string[];
  /** Largest request body outside uploads, in bytes. */
  readonly bodyLimitBytes: number;
  /** Uploads per client address per minute. */
  readonly uploadsPerMinute: number;
}

/** The upload route, which has its own body limit and a rate limit. */
function isUpload(method: string, path: string): boolean {
  return method === 'POST' && path === '/api/documents';
}

/** Hashed build assets: never worth hashing or compressing again per request. */
function isBuiltAsset(path: string): boolean {
  return path.startsWith('/assets/');
}

/**
 * Downloads written as they are read (scorecard exports): hashing one for an ETag would
 * hold the whole file back until its last byte, and in memory meanwhile.
 */
function isStreamed(path: string): boolean {
  return path.startsWith('/api/export/');
}

/**
 * Every middleware the server runs, in one place and in order (outermost first):
 * 1. security headers on every response, errors included;
 * 2. the Host allowlist (DNS rebinding);
 * 3. body limits on every route, and the upload rate limit;
 * 4. gzip of API answers on the fly (built files come precompressed), and ETags with
 *    304 answers to `If-None-Match` (routes that know their version set the ETag
 *    themselves, and it is kept); streamed downloads get no hashed ETag.
 */
export function registerHttpMiddleware<E extends Env>(
  server: Hono<E>,
  options: HttpMiddlewareOptions,
): void {
  server.use(securityHeaders());
  server.use(allowedHostsOnly(options.allowedHosts));
  server.use(bodyLimits(options.bodyLimitBytes, isUpload));
  const limitUploads = uploadRateLimit(options.uploadsPerMinute);
  server.use((c, next) => (isUpload(c.req.method, c.req.path) ? limitUploads(c, next) : next()));
  const gzip = compress();
  const tag = etag();
  server.use((c, next) => (isBuiltAsset(c.req.path) ? next() : gzip(c, next)));
  server.use((c, next) =>
    isBuiltAsset(c.req.path) || isStreamed(c.req.path) ? next() : tag(c, next),
  );
}
