import type { OpenAPIHono } from '@hono/zod-openapi';
import type { LantuApp } from '@lantu/app';

/** What every route module receives: the application and the few limits the server sets. */
export interface RouteDeps {
  readonly app: LantuApp;
  /** Largest accepted upload, in bytes. */
  readonly uploadLimitBytes: number;
}

/** The router the route modules register on. */
export type Api = OpenAPIHono;
