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

/** `GET /api/overview?jurisdiction=&plan=`. */
export function registerOverviewRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(overviewRoute, async (c) =>
    c.json(
      await buildOverview(app, c.req.valid('query').jurisdiction, c.req.valid('query').plan),
      200,
    ),
  );
}
