import { LantuError } from '@lantu/core';
import type { MiddlewareHandler } from 'hono';
import { SAFE_METHODS } from './route-policy.js';

/** The origin a header names (`Origin`, or the origin of a `Referer` URL), or null. */
function originOf(value: string | undefined): string | null {
  if (value === undefined || value === '' || value === 'null')
    return value === 'null' ? 'null' : null;
  try {
    return new URL(value).origin;
  } catch {
    return 'null';
  }
}

/**
 * CSRF protection for every state-changing request (OWASP's "verify origin with standard
 * headers"): a browser names the page that sent a write in `Origin` (or at least
 * `Referer`), and `Sec-Fetch-Site` says whether it was another site. A write sent from any
 * origin but the server's own and the configured ones is refused 403 before any work.
 * Clients that are not browsers send neither header and carry no ambient cookies.
 */
export function sameOriginWrites(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.map((o) => new URL(o).origin));
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method.toUpperCase())) return next();
    const own = new URL(c.req.url).origin;
    const source = originOf(c.req.header('origin')) ?? originOf(c.req.header('referer'));
    const fetchSite = c.req.header('sec-fetch-site');
    const trusted = source !== null && (source === own || allowed.has(source));
    if ((source !== null && !trusted) || (source === null && fetchSite === 'cross-site')) {
      throw new LantuError('FORBIDDEN', '请求来自其他网站，已拒绝（跨站请求保护）');
    }
    return next();
  };
}
