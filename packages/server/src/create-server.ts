import { OpenAPIHono } from '@hono/zod-openapi';
import { RenderedCache } from './cache/rendered-cache.js';
import { RenderCache } from './render/render-cache.js';
import { DEFAULT_DOWNLOAD_IDLE_MS } from './render/guarded-download.js';
import { RenderGate } from './render/render-gate.js';
import {
  DEFAULT_EXPORT_MAX_ROWS,
  openSupervision,
  type Accounts,
  type LantuApp,
  type SupervisionOptions,
} from '@lantu/app';
import { headersWithClientAddress } from './auth/client-address.js';
import { enforceRoutePolicy } from './auth/enforce-policy.js';
import { sameOriginWrites } from './auth/same-origin.js';
import type { ServerEnv } from './auth/server-env.js';
import { resolveSession } from './auth/session-middleware.js';
import { createErrorHandler, type ErrorLogger } from './error-handler.js';
import { errorResponse } from './error-response.js';
import { OPENAPI_INFO } from './openapi-info.js';
import { registerAdminUserRoutes } from './routes/admin-users.js';
import { registerAssignmentRoutes } from './routes/assignments.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { exportGate, registerExportRoutes } from './routes/export.js';
import { registerFrameworkRoutes } from './routes/frameworks.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerIndicatorRoutes } from './routes/indicators.js';
import { registerItemRoutes } from './routes/items.js';
import { registerJurisdictionRoutes } from './routes/jurisdictions.js';
import { registerNoticeRoutes } from './routes/notices.js';
import { registerOverviewRoutes } from './routes/overview.js';
import { registerCompareRoutes } from './routes/compare.js';
import { registerPlanRoutes } from './routes/plans.js';
import { registerPosterRoutes } from './routes/poster.js';
import type { RouteDeps } from './routes/route-deps.js';
import { registerReportRoutes } from './routes/reports.js';
import { registerFigureRoutes } from './routes/figures.js';
import { registerScorecardRoutes } from './routes/scorecard.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerSessionRoutes } from './routes/session.js';
import { registerUnitRoutes } from './routes/units.js';
import { registerUploadRoutes } from './routes/upload.js';
import { registerDocumentFileRoutes } from './routes/document-files.js';
import { serveWebApp } from './static/serve-web.js';
import { DEFAULT_UPLOAD_LIMIT_BYTES } from './uploads/upload-policy.js';
import { validationHook } from './validation-hook.js';
import { LOOPBACK_HOSTS } from './middleware/allowed-hosts.js';
import { DEFAULT_BODY_LIMIT_BYTES } from './middleware/body-limits.js';
import { registerHttpMiddleware } from './middleware/http-middleware.js';
import { DEFAULT_UPLOADS_PER_MINUTE } from './middleware/upload-rate-limit.js';

export interface ServerOptions {
  readonly app: LantuApp;
  /** Accounts and sessions over the same store (`createAccounts(app.store, …)`). */
  readonly accounts: Accounts;
  /** Origins besides the server's own whose pages may send writes (CSRF check). @default [] */
  readonly trustedOrigins?: readonly string[];
  /** Read the client's address from X-Forwarded-For (only behind a proxy). @default false */
  readonly trustProxy?: boolean;
  /** Unreviewed items on the public portal: marked 未经审核, or hidden. @default 'mark' */
  readonly unreviewed?: 'mark' | 'hide';
  /** Largest accepted upload in bytes; larger ones are answered 413. @default 20 MiB */
  readonly uploadLimitBytes?: number;
  /** The built web app's folder, served at `/`; null serves none. @default null */
  readonly webDist?: string | null;
  /** The people loop's settings (rules, attachment folder and limit). @default {} */
  readonly supervision?: SupervisionOptions;
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
  /** Posters, wall charts and reports rendered at once (Chromium pages); default 2. */
  readonly renderSlots?: number;
  /** Renders that may wait for a slot before the next gets 503; default 8. */
  readonly renderQueue?: number;
  /** Rows one scorecard export may hold; default 1,000,000 (DEFAULT_EXPORT_MAX_ROWS). */
  readonly exportMaxRows?: number;
  /** Scorecard exports streamed at once (8 more may wait, then 503); default 2. */
  readonly exportSlots?: number;
  /** A download whose client takes no piece for this long is dropped; default 60 s. */
  readonly exportIdleMs?: number;
}

/** The server: a Request → Response function (`server.request`, `server.fetch`). */
export type LantuServer = OpenAPIHono<ServerEnv>;

/** The OpenAPI document's path. */
export const OPENAPI_PATH = '/api/openapi.json';

/**
 * The HTTP server as a function from Request to Response (docs/api.md): every route
 * validates with the zod schemas the OpenAPI document is generated from, calls the app and
 * presents the result. Tests call `server.request(…)` in-process; main.ts serves it.
 *
 * @example
 * const app = await openLantu({ url: 'sqlite:.data/lantu.sqlite' });
 * const server = createServer({ app, accounts: createAccounts(app.store, accountsOptions) });
 * const res = await server.request('/api/health');
 */
export function createServer(options: ServerOptions): LantuServer {
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const server = new OpenAPIHono<ServerEnv>({ defaultHook: validationHook });
  server.onError(createErrorHandler(logError));
  // ── Middleware: every HTTP-level one (Host allowlist, headers, body limits, upload rate
  // limit, gzip and ETags) is registered here, in one call; the auth ones follow below. ──
  registerHttpMiddleware(server, {
    allowedHosts: options.allowedHosts ?? LOOPBACK_HOSTS,
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    uploadsPerMinute: options.uploadsPerMinute ?? DEFAULT_UPLOADS_PER_MINUTE,
  });
  const deps: RouteDeps = {
    app: options.app,
    accounts: options.accounts,
    trustProxy: options.trustProxy ?? false,
    supervision: openSupervision(options.app, options.supervision),
    unreviewed: options.unreviewed ?? 'mark',
    uploadLimitBytes: options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES,
    rendered: new RenderedCache(),
    exportMaxRows: options.exportMaxRows ?? DEFAULT_EXPORT_MAX_ROWS,
    exportGate: exportGate(options.exportSlots),
    exportIdleMs: options.exportIdleMs ?? DEFAULT_DOWNLOAD_IDLE_MS,
    logError,
    rendering: {
      gate: new RenderGate({
        ...(options.renderSlots === undefined ? {} : { slots: options.renderSlots }),
        ...(options.renderQueue === undefined ? {} : { queue: options.renderQueue }),
      }),
      cache: new RenderCache(),
    },
  };
  // Order matters: refuse other sites' writes, then find who is signed in, then check the
  // route's policy — all before any request body is read or validated.
  server.use('/api/*', sameOriginWrites(options.trustedOrigins ?? []));
  server.use('/api/*', resolveSession(options.accounts));
  server.use('/api/*', enforceRoutePolicy(undefined, logError));
  // better-auth's own endpoints (sign-out, single sign-on); the client address is the
  // server's to set, never the client's (it keys the sign-in rate limit).
  server.on(['GET', 'POST'], '/api/auth/*', (c) => {
    const headers = headersWithClientAddress(c, deps.trustProxy);
    return options.accounts.handler(new Request(c.req.raw, { headers }));
  });
  for (const register of [
    registerHealthRoutes,
    registerSessionRoutes,
    registerAdminUserRoutes,
    registerUnitRoutes,
    registerOverviewRoutes,
    registerUploadRoutes,
    registerDocumentFileRoutes,
    registerDocumentRoutes,
    registerItemRoutes,
    registerFrameworkRoutes,
    registerIndicatorRoutes,
    registerJurisdictionRoutes,
    registerScorecardRoutes,
    registerSearchRoutes,
    registerExportRoutes,
    registerPosterRoutes,
    registerPlanRoutes,
    registerCompareRoutes,
    registerAssignmentRoutes,
    registerReportRoutes,
    registerNoticeRoutes,
    registerFigureRoutes,
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
