import { createRoute } from '@hono/zod-openapi';
import { toScorecardFilter } from '../presenters/scorecard-filter.js';
import { scorecardQuerySchema, scorecardSchema } from '../schemas/scorecard.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

const scorecardRoute = createRoute({
  method: 'get',
  path: '/api/scorecard',
  tags: ['scorecard'],
  summary: 'Targets and milestones with where each stands',
  request: { query: scorecardQuerySchema },
  responses: {
    200: jsonContent(scorecardSchema, 'The scorecard.'),
    ...errorResponses(400),
  },
});

/** `GET /api/scorecard`. */
export function registerScorecardRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(scorecardRoute, async (c) =>
    c.json(await app.scorecard(toScorecardFilter(c.req.valid('query'))), 200),
  );
}
