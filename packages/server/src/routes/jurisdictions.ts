import { createRoute } from '@hono/zod-openapi';
import { jurisdictionSchema, jurisdictionsQuerySchema } from '../schemas/jurisdiction.js';
import { list } from '../schemas/list.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

const jurisdictionsRoute = createRoute({
  method: 'get',
  path: '/api/jurisdictions',
  tags: ['indicators'],
  summary: 'Known places with their Chinese and English names',
  request: { query: jurisdictionsQuerySchema },
  responses: {
    200: jsonContent(
      list(jurisdictionSchema),
      'The jurisdictions asked for (every one without `codes`), so screens show 义乌市, not a code.',
    ),
    ...errorResponses(400),
  },
});

/** `GET /api/jurisdictions`: the names a screen shows instead of codes such as `cn-zj-jh-yw`. */
export function registerJurisdictionRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(jurisdictionsRoute, async (c) => {
    const { codes } = c.req.valid('query');
    const all = await app.store.jurisdictions.list();
    if (codes === undefined) return c.json(all, 200);
    // Every place is ~470 KB; a page naming one place should not pay for 3,000 (3G, issue 12).
    const wanted = new Set(codes.split(',').map((code) => code.trim()));
    return c.json(
      all.filter((j) => wanted.has(j.code)),
      200,
    );
  });
}
