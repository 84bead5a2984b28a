import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono, MiddlewareHandler } from 'hono';
import { errorResponse } from '../error-response.js';
import { registerPageMeta } from './page-meta.js';

/** Paths the API owns: never answered with the web app. */
function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** Vite names built assets by content hash, so a name never changes what it holds. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon) is revalidated on each visit. */
export const REVALIDATE_CACHE = 'no-cache';

/** Hashed asset files of a Vite build live under `/assets/`. */
function cacheControlFor(requestPath: string): string {
  return requestPath.startsWith('/assets/') ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/** Runs a static handler and stamps what it found with its Cache-Control. */
function cached(handler: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    const res = await handler(c, next);
    // serveStatic answers a Response when it found the file, and calls next() otherwise.
    if (res instanceof Response) res.headers.set('Cache-Control', cacheControlFor(c.req.path));
    return res;
  };
}

/**
 * Serves the built web app (`packages/web/dist`) at `/`: files as they are, and
 * `index.html` for any other GET so the client's router can take client-side routes such
 * as `/documents/abc`. Registered after the API, which therefore takes precedence.
 * The build holds Brotli and gzip copies of each file (vite.config.ts), sent when the
 * browser accepts them; hashed assets are cached for a year, index.html revalidated.
 * Without a build, `/` answers 404 saying how to make one.
 */
export function serveWebApp<E extends Env>(router: Hono<E>, dist: string | null): void {
  if (dist === null || !existsSync(join(dist, 'index.html'))) {
    router.get('/', (c) =>
      errorResponse(c, {
        code: 'NOT_FOUND',
        message: 'the web app is not built: run `npm run build -w @lantu/web`',
      }),
    );
    return;
  }
  router.get('*', cached(serveStatic({ root: dist, precompressed: true })));
  registerPageMeta(router, dist, REVALIDATE_CACHE); // per-page title and Open Graph tags (issue 12)
  router.get('*', cached(serveStatic({ root: dist, path: 'index.html', precompressed: true })));
}
