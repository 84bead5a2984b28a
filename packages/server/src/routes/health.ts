import { createRoute } from '@hono/zod-openapi';
import { healthSchema } from '../schemas/health.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['meta'],
  summary: 'The server answers',
  responses: {
    200: jsonContent(
      healthSchema,
      'The server is up; `as_of` is the date statuses are computed for.',
    ),
    ...errorResponses(),
  },
});

/** `GET /api/health`. */
export function registerHealthRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(healthRoute, (c) => c.json({ ok: true as const, as_of: app.asOf }, 200));
}
