import type { LantuApp } from '@lantu/app';
import type { Context } from 'hono';
import type { RenderCache, RenderedFile } from './render-cache.js';
import type { RenderGate } from './render-gate.js';

/** The render queue and the file cache, shared by the poster, wall chart and report routes. */
export interface Rendering {
  readonly gate: RenderGate;
  readonly cache: RenderCache;
}

/**
 * Answers `c` with the file for its URL at the store's current data version: from the
 * cache when unchanged data was rendered before, else rendered through the queue (503 with
 * Retry-After when it is full). `render` reads the data itself, inside the queue.
 */
export async function renderedFile(
  c: Context,
  app: LantuApp,
  rendering: Rendering,
  render: () => Promise<RenderedFile>,
): Promise<Response> {
  const version = await app.dataVersion();
  const file = await rendering.cache.get(version, c.req.url, () => rendering.gate.run(render));
  return c.body(new Uint8Array(file.bytes), 200, { ...file.headers });
}
