import { createRoute } from '@hono/zod-openapi';
import { documentSummarySchema, documentViewSchema } from '../schemas/document.js';
import { outlineEntrySchema } from '../schemas/outline.js';
import { idParams } from '../schemas/query.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { list } from '../schemas/list.js';

const listRoute = createRoute({
  method: 'get',
  path: '/api/documents',
  tags: ['documents'],
  summary: 'Every stored document, without text',
  responses: {
    200: jsonContent(list(documentSummarySchema), 'The documents.'),
    ...errorResponses(),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: 'One document with its text, outline, frameworks and items',
  request: { params: idParams },
  responses: {
    200: jsonContent(documentViewSchema, 'The document.'),
    ...errorResponses(404),
  },
});

const outlineRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}/outline',
  tags: ['documents'],
  summary: "One document's outline",
  request: { params: idParams },
  responses: {
    200: jsonContent(list(outlineEntrySchema), 'The outline, in reading order.'),
    ...errorResponses(404),
  },
});

/** `GET /api/documents`, `/api/documents/:id`, `/api/documents/:id/outline`. */
export function registerDocumentRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(listRoute, async (c) => c.json(await app.documents(), 200));
  api.openapi(getRoute, async (c) => c.json(await app.document(c.req.valid('param').id), 200));
  api.openapi(outlineRoute, async (c) => {
    const view = await app.document(c.req.valid('param').id);
    return c.json(view.outline, 200);
  });
}
