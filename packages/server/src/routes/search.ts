import { createRoute } from '@hono/zod-openapi';
import { searchHitSchema, searchQuerySchema } from '../schemas/search.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { list } from '../schemas/list.js';

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  tags: ['search'],
  summary: 'Substring search over documents and items (works for Chinese), ranked, paged',
  request: { query: searchQuerySchema },
  responses: {
    200: jsonContent(list(searchHitSchema), 'The hits, best first.'),
    ...errorResponses(400),
  },
});

/** `GET /api/search?q=&limit=`. */
export function registerSearchRoutes(api: Api, { app, rendered }: RouteDeps): void {
  api.openapi(searchRoute, async (c) => {
    const { q, limit, offset } = c.req.valid('query');
    // A phrase many people look for is answered once per data version, then from memory.
    const version = await app.dataVersion();
    return (await rendered.answer(c, version, c.req.url, () =>
      app.search(q, {
        ...(limit === undefined ? {} : { limit }),
        ...(offset === undefined ? {} : { offset }),
      }),
    )) as never;
  });
}
