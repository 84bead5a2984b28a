import { createRoute, z } from '@hono/zod-openapi';
import { listDocumentFrameworks } from '../presenters/document-frameworks.js';
import { documentFrameworkSchema } from '../schemas/framework.js';
import { optionalQuery } from '../schemas/query.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { list } from '../schemas/list.js';

const frameworksRoute = createRoute({
  method: 'get',
  path: '/api/frameworks',
  tags: ['documents'],
  summary: 'Counted structures (“138”, 十大行动) read from the documents',
  request: {
    query: z.object({
      document: optionalQuery(z.string().max(100)).openapi({ description: 'Document id.' }),
    }),
  },
  responses: {
    200: jsonContent(list(documentFrameworkSchema), 'The frameworks with their documents.'),
    ...errorResponses(400, 404),
  },
});

/** `GET /api/frameworks?document=`. */
export function registerFrameworkRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(frameworksRoute, async (c) => {
    const { document } = c.req.valid('query');
    const ids =
      document === undefined ? (await app.documents()).map((summary) => summary.id) : [document];
    return c.json(await listDocumentFrameworks(app, ids), 200);
  });
}
