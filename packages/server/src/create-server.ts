import { OpenAPIHono } from '@hono/zod-openapi';
import type { LantuApp } from '@lantu/app';
import type { Env } from 'hono';
import { RenderedCache } from './cache/rendered-cache.js';
import { createErrorHandler, type ErrorLogger } from './error-handler.js';
import { errorResponse } from './error-response.js';
import { OPENAPI_INFO } from './openapi-info.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerExportRoutes } from './routes/export.js';
import { registerFrameworkRoutes } from './routes/frameworks.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerIndicatorRoutes } from './routes/indicators.js';
import { registerItemRoutes } from './routes/items.js';
import { registerOverviewRoutes } from './routes/overview.js';
import { registerCompareRoutes } from './routes/compare.js';
import { registerPlanRoutes } from './routes/plans.js';
import { registerPosterRoutes } from './routes/poster.js';
import type { RouteDeps } from './routes/route-deps.js';
import { registerScorecardRoutes } from './routes/scorecard.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerUploadRoutes } from './routes/upload.js';
import { serveWebApp } from './static/serve-web.js';
import { DEFAULT_UPLOAD_LIMIT_BYTES } from './uploads/upload-policy.js';
import { validationHook } from './validation-hook.js';
import { LOOPBACK_HOSTS } from './middleware/allowed-hosts.js';
import { DEFAULT_BODY_LIMIT_BYTES } from './middleware/body-limits.js';
import { registerHttpMiddleware } from './middleware/http-middleware.js';
import { DEFAULT_UPLOADS_PER_MINUTE } from './middleware/upload-rate-limit.js';

export interface ServerOptions {
  readonly app: LantuApp;
  /** Largest accepted upload in bytes; larger ones are answered 413. @default 20 MiB */
  readonly uploadLimitBytes?: number;
  /** The built web app's folder, served at `/`; null serves none. @default null */
  readonly webDist?: string | null;
  /** Where unexpected errors go (clients see only INTERNAL). @default console.error */
  readonly logError?: ErrorLogger;
  /**
   * Host names requests may carry; others are refused (DNS rebinding). `['*']` allows any.
   * @default localhost, 127.0.0.1, [::1]
   */
  readonly allowedHosts?: readonly string[];
  /** Largest request body other than an upload, in bytes. @default 1 MiB */
  readonly bodyLimitBytes?: number;
  /** Uploads one client address may send per minute. @default 30 */
  readonly uploadsPerMinute?: number;
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
  // ── Middleware: every one the server runs is registered here, in one call. ──
  registerHttpMiddleware(server, {
    allowedHosts: options.allowedHosts ?? LOOPBACK_HOSTS,
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    uploadsPerMinute: options.uploadsPerMinute ?? DEFAULT_UPLOADS_PER_MINUTE,
  });
  // ── Routes ──
  const deps: RouteDeps = {
    app: options.app,
    uploadLimitBytes: options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES,
    rendered: new RenderedCache(),
  };
  for (const register of [
    registerHealthRoutes,
    registerOverviewRoutes,
    registerUploadRoutes,
    registerDocumentRoutes,
    registerItemRoutes,
    registerFrameworkRoutes,
    registerIndicatorRoutes,
    registerScorecardRoutes,
    registerSearchRoutes,
    registerExportRoutes,
    registerPosterRoutes,
    registerPlanRoutes,
    registerCompareRoutes,
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
