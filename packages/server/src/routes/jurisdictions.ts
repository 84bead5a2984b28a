import { createRoute } from '@hono/zod-openapi';
import { jurisdictionSchema } from '../schemas/jurisdiction.js';
import { list } from '../schemas/list.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

const jurisdictionsRoute = createRoute({
  method: 'get',
  path: '/api/jurisdictions',
  tags: ['indicators'],
  summary: 'Known places with their Chinese and English names',
  responses: {
    200: jsonContent(
      list(jurisdictionSchema),
      'Every jurisdiction, so screens show 义乌市, not a code.',
    ),
    ...errorResponses(),
  },
});

/** `GET /api/jurisdictions`: the names a screen shows instead of codes such as `cn-zj-jh-yw`. */
export function registerJurisdictionRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(jurisdictionsRoute, async (c) => c.json(await app.store.jurisdictions.list(), 200));
}
