import { createRoute } from '@hono/zod-openapi';
import { buildOverview } from '../presenters/overview.js';
import { overviewQuerySchema, overviewSchema } from '../schemas/overview.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

const overviewRoute = createRoute({
  method: 'get',
  path: '/api/overview',
  tags: ['scorecard'],
  summary: 'Totals per status, headline indicators, frameworks and documents',
  request: { query: overviewQuerySchema },
  responses: {
    200: jsonContent(overviewSchema, 'The overview.'),
    ...errorResponses(400, 404),
  },
});

/**
 * `GET /api/overview?jurisdiction=&plan=`: rendered once per store data version and URL,
 * then served from memory with an ETag.
 */
export function registerOverviewRoutes(api: Api, { app, rendered }: RouteDeps): void {
  api.openapi(overviewRoute, async (c) => {
    const { jurisdiction, plan } = c.req.valid('query');
    const version = await app.dataVersion();
    // The typed route wants a typed answer; the cached bytes are the same JSON.
    return (await rendered.answer(c, version, c.req.url, () =>
      buildOverview(app, jurisdiction, plan),
    )) as never;
  });
}
