import { OpenAPIHono } from '@hono/zod-openapi';
import type { LantuApp } from '@lantu/app';
import type { Env } from 'hono';
import { createErrorHandler, type ErrorLogger } from './error-handler.js';
import { errorResponse } from './error-response.js';
import { OPENAPI_INFO } from './openapi-info.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerExportRoutes } from './routes/export.js';
import { registerFrameworkRoutes } from './routes/frameworks.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerIndicatorRoutes } from './routes/indicators.js';
import { registerItemRoutes } from './routes/items.js';
import { registerJurisdictionRoutes } from './routes/jurisdictions.js';
import { registerOverviewRoutes } from './routes/overview.js';
import { registerPosterRoutes } from './routes/poster.js';
import type { RouteDeps } from './routes/route-deps.js';
import { registerScorecardRoutes } from './routes/scorecard.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerUploadRoutes } from './routes/upload.js';
import { serveWebApp } from './static/serve-web.js';
import { DEFAULT_UPLOAD_LIMIT_BYTES } from './uploads/upload-policy.js';
import { validationHook } from './validation-hook.js';

export interface ServerOptions {
  readonly app: LantuApp;
  /** Largest accepted upload in bytes; larger ones are answered 413. @default 20 MiB */
  readonly uploadLimitBytes?: number;
  /** The built web app's folder, served at `/`; null serves none. @default null */
  readonly webDist?: string | null;
  /** Where unexpected errors go (clients see only INTERNAL). @default console.error */
  readonly logError?: ErrorLogger;
}

/** The OpenAPI document's path. */
export const OPENAPI_PATH = '/api/openapi.json';

/**
 * The HTTP server as a function from Request to Response (docs/api.md): every route
 * validates with the zod schemas the OpenAPI document is generated from, calls the app and
 * presents the result. Tests call `server.request(…)` in-process; main.ts serves it.
 *
 * @example
 * const server = createServer({ app: await openLantu({ url: 'sqlite:.data/lantu.sqlite' }) });
 * const res = await server.request('/api/health');
 */
export function createServer(options: ServerOptions): OpenAPIHono {
  const server = new OpenAPIHono<Env>({ defaultHook: validationHook });
  server.onError(createErrorHandler(options.logError ?? ((error) => console.error(error))));
  const deps: RouteDeps = {
    app: options.app,
    uploadLimitBytes: options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES,
  };
  for (const register of [
    registerHealthRoutes,
    registerOverviewRoutes,
    registerUploadRoutes,
    registerDocumentRoutes,
    registerItemRoutes,
    registerFrameworkRoutes,
    registerIndicatorRoutes,
    registerJurisdictionRoutes,
    registerScorecardRoutes,
    registerSearchRoutes,
    registerExportRoutes,
    registerPosterRoutes,
  ]) {
    register(server, deps);
  }
  server.doc31(OPENAPI_PATH, OPENAPI_INFO);
  serveWebApp(server, options.webDist ?? null);
  server.notFound((c) =>
    errorResponse(c, { code: 'NOT_FOUND', message: `no route for ${c.req.method} ${c.req.path}` }),
  );
  return server;
}
