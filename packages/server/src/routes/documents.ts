import { signedInActor } from '../auth/signed-in-actor.js';
import { createRoute, z } from '@hono/zod-openapi';
import { expectedVersion } from '../presenters/expected-version.js';
import { changeDocumentBodySchema, documentConflictSchema } from '../schemas/document-change.js';
import { documentSummarySchema, documentViewSchema } from '../schemas/document.js';
import { outlineEntrySchema } from '../schemas/outline.js';
import { idParams } from '../schemas/query.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { list } from '../schemas/list.js';
import { pagedListContent, pagedListQuery, pageOfList } from './paged-list.js';

const listRoute = createRoute({
  method: 'get',
  path: '/api/documents',
  tags: ['documents'],
  summary: 'Stored documents, without text, one page at a time',
  request: { query: pagedListQuery },
  responses: {
    200: pagedListContent(list(documentSummarySchema), 'The documents.'),
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

const changeRoute = createRoute({
  method: 'patch',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: "Correct a document's metadata (title, issuer, kind, date, horizon)",
  request: {
    params: idParams,
    headers: z.object({ 'if-match': z.string().max(20).optional() }),
    body: {
      content: { 'application/json': { schema: changeDocumentBodySchema } },
      required: true,
    },
  },
  responses: {
    200: jsonContent(documentSummarySchema, 'The corrected document.'),
    ...errorResponses(400, 404),
    409: jsonContent(documentConflictSchema, 'The document changed since that version.'),
  },
});

/**
 * `GET /api/documents`, `/api/documents/:id`, `/api/documents/:id/outline`, and
 * `PATCH /api/documents/:id` (metadata, with the version it was made from).
 */
export function registerDocumentRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(listRoute, async (c) =>
    c.json(pageOfList(c, await app.documents(), c.req.valid('query')), 200),
  );
  api.openapi(getRoute, async (c) => c.json(await app.document(c.req.valid('param').id), 200));
  api.openapi(outlineRoute, async (c) => {
    const view = await app.document(c.req.valid('param').id);
    return c.json(view.outline, 200);
  });
  api.openapi(changeRoute, async (c) => {
    const { patch, version } = c.req.valid('json');
    const actor = signedInActor(c);
    const document = await app.changeDocument(c.req.valid('param').id, {
      patch,
      actor,
      expectedVersion: expectedVersion(c.req.valid('header')['if-match'], version),
    });
    return c.json(document, 200);
  });
}
