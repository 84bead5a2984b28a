import { createRoute } from '@hono/zod-openapi';
import { toScorecardFilter } from '../presenters/scorecard-filter.js';
import { boundFindings, scorecardQuerySchema, scorecardSchema } from '../schemas/scorecard.js';
import { pageOf } from '../schemas/query.js';
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

/**
 * `GET /api/scorecard`: one page (50 rows unless `limit` says otherwise, at most 200),
 * rendered once per store data version and URL (a whole
 * jurisdiction's page from its stored statuses), then served from memory with an ETag.
 */
export function registerScorecardRoutes(api: Api, { app, rendered }: RouteDeps): void {
  api.openapi(scorecardRoute, async (c) => {
    const query = c.req.valid('query');
    // Without `limit` the first page, never everything.
    const filter = { ...toScorecardFilter(query), ...pageOf(query) };
    const version = await app.dataVersion();
    // The typed route wants a typed answer; the cached bytes are the same JSON.
    return (await rendered.answer(c, version, c.req.url, async () =>
      boundFindings(await app.scorecard(filter)),
    )) as never;
  });
}
