import type { OpenAPIHono } from '@hono/zod-openapi';
import type { RenderedCache } from '../cache/rendered-cache.js';
import type { RenderGate } from '../render/render-gate.js';
import type { Rendering } from '../render/rendered-file.js';
import type { Accounts, LantuApp, Supervision } from '@lantu/app';
import type { ServerEnv } from '../auth/server-env.js';
import type { ErrorLogger } from '../error-handler.js';

/** What every route module receives: the application and the few limits the server sets. */
export interface RouteDeps {
  readonly app: LantuApp;
  /** Accounts and sessions (better-auth over the app's store). */
  readonly accounts: Accounts;
  /** Take the client's address from X-Forwarded-For (behind a proxy) for rate limits. */
  readonly trustProxy: boolean;
  /** The people loop: assignments, reports, 督办单, inbox. */
  readonly supervision: Supervision;
  /** Unreviewed items on the public portal: marked 未经审核, or hidden. */
  readonly unreviewed: 'mark' | 'hide';
  /** Largest accepted upload, in bytes. */
  readonly uploadLimitBytes: number;
  /** Rendered read-heavy answers (scorecard, overview), per store data version. */
  readonly rendered: RenderedCache;
  /** Rows one scorecard export may hold (more: 400 asking to narrow the filter). */
  readonly exportMaxRows: number;
  /** The exports streamed at once: a slot is held from the first read to the last byte. */
  readonly exportGate: RenderGate;
  /** A download whose client takes no piece for this long is dropped (its slot freed). */
  readonly exportIdleMs: number;
  /** Where failures go that can no longer become an error answer (a stream under way). */
  readonly logError: ErrorLogger;
  /** The one render queue (fixed Chromium pages) and the rendered-file cache. */
  readonly rendering: Rendering;
}

/** The router the route modules register on. */
export type Api = OpenAPIHono<ServerEnv>;
