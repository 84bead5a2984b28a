import { createRoute } from '@hono/zod-openapi';
import { indicatorSchema } from '../schemas/indicator.js';
import { indicatorSeriesSchema, seriesParamsSchema, seriesQuerySchema } from '../schemas/series.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { list } from '../schemas/list.js';

const listRoute = createRoute({
  method: 'get',
  path: '/api/indicators',
  tags: ['indicators'],
  summary: 'The indicator catalog',
  responses: {
    200: jsonContent(list(indicatorSchema), 'Every indicator.'),
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
  api.openapi(listRoute, async (c) => c.json(await app.indicators(), 200));
  api.openapi(seriesRoute, async (c) => {
    const { code } = c.req.valid('param');
    const { jurisdiction } = c.req.valid('query');
    return c.json(await app.series(code, jurisdiction), 200);
  });
}
