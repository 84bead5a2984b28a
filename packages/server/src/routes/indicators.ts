import { createRoute } from '@hono/zod-openapi';
import { indicatorSchema } from '../schemas/indicator.js';
import { indicatorSeriesSchema, seriesParamsSchema, seriesQuerySchema } from '../schemas/series.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { pagedListContent, pagedListQuery, pageOfList } from './paged-list.js';
import { list } from '../schemas/list.js';

const listRoute = createRoute({
  method: 'get',
  path: '/api/indicators',
  tags: ['indicators'],
  summary: 'The indicator catalog, one page at a time',
  request: { query: pagedListQuery },
  responses: {
    200: pagedListContent(list(indicatorSchema), 'The indicators.'),
    ...errorResponses(),
  },
});

const seriesRoute = createRoute({
  method: 'get',
  path: '/api/indicators/{code}/series',
  tags: ['indicators'],
  summary: "One indicator's observations and linked targets for a jurisdiction",
  request: { params: seriesParamsSchema, query: seriesQuerySchema },
  responses: {
    200: jsonContent(indicatorSeriesSchema, 'The series.'),
    ...errorResponses(400, 404),
  },
});

/** `GET /api/indicators`, `/api/indicators/:code/series?jurisdiction=`. */
export function registerIndicatorRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(listRoute, async (c) =>
    c.json(pageOfList(c, await app.indicators(), c.req.valid('query')), 200),
  );
  api.openapi(seriesRoute, async (c) => {
    const { code } = c.req.valid('param');
    const { jurisdiction } = c.req.valid('query');
    return c.json(await app.series(code, jurisdiction), 200);
  });
}
