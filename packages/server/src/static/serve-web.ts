import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';
import { errorResponse } from '../error-response.js';
import { registerPageMeta } from './page-meta.js';

/** Paths the API owns: never answered with the web app. */
function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * Serves the built web app (`packages/web/dist`) at `/`: files as they are, and
 * `index.html` for any other GET so the client's router can take client-side routes such
 * as `/documents/abc`. Registered after the API, which therefore takes precedence.
 * Without a build, `/` answers 404 saying how to make one.
 */
export function serveWebApp(router: Hono<Env>, dist: string | null): void {
  if (dist === null || !existsSync(join(dist, 'index.html'))) {
    router.get('/', (c) =>
      errorResponse(c, {
        code: 'NOT_FOUND',
        message: 'the web app is not built: run `npm run build -w @lantu/web`',
      }),
    );
    return;
  }
  const files = serveStatic({ root: dist });
  const index = serveStatic({ root: dist, path: 'index.html' });
  router.get('*', (c, next) => (isApiPath(c.req.path) ? next() : files(c, next)));
  registerPageMeta(router, dist); // per-page title and Open Graph tags (issue 12)
  router.get('*', (c, next) => (isApiPath(c.req.path) ? next() : index(c, next)));
}
