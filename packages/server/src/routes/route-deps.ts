import type { OpenAPIHono } from '@hono/zod-openapi';
import type { LantuApp } from '@lantu/app';
import type { RenderedCache } from '../cache/rendered-cache.js';

/** What every route module receives: the application and the few limits the server sets. */
export interface RouteDeps {
  readonly app: LantuApp;
  /** Largest accepted upload, in bytes. */
  readonly uploadLimitBytes: number;
  /** Rendered read-heavy answers (scorecard, overview), per store data version. */
  readonly rendered: RenderedCache;
}

/** The router the route modules register on. */
export type Api = OpenAPIHono;
