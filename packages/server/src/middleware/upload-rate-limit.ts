import { getConnInfo } from '@hono/node-server/conninfo';
import { LantuError } from '@lantu/core';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';

/** Uploads one client may send per minute by default. */
export const DEFAULT_UPLOADS_PER_MINUTE = 30;

/**
 * The client's address as the socket reports it; requests made in-process (tests)
 * have none and share one bucket. Behind a reverse proxy every client shares the proxy's
 * address, so the proxy should limit per client too (docs/deploy.md).
 */
function clientKey(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

/**
 * At most `perMinute` uploads per client address per minute (hono-rate-limiter, in
 * memory: each instance counts its own); the next ones get 429 RATE_LIMITED with
 * `Retry-After`. Reading a document is the expensive request, so it is the one limited.
 */
export function uploadRateLimit(perMinute: number): MiddlewareHandler {
  return rateLimiter({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-6',
    keyGenerator: clientKey,
    handler: (c) => {
      const reset = c.get('rateLimit' as never) as { resetTime?: Date } | undefined;
      const seconds =
        reset?.resetTime === undefined
          ? 60
          : Math.max(1, Math.ceil((reset.resetTime.getTime() - Date.now()) / 1000));
      c.header('Retry-After', String(seconds));
      throw new LantuError(
        'RATE_LIMITED',
        `上传过于频繁，请 ${seconds} 秒后再试 (too many uploads; retry in ${seconds} s)`,
      );
    },
  });
}
