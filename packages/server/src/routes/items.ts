import { createRoute, z } from '@hono/zod-openapi';
import { listItemsWithStatus } from '../presenters/items-page.js';
import { historyEntrySchema } from '../schemas/history.js';
import { signedInActor } from '../auth/signed-in-actor.js';
import { correctItemBodySchema, reviewItemBodySchema } from '../schemas/item-change.js';
import { storedItemSchema } from '../schemas/item.js';
import { itemsPageSchema, itemsQuerySchema } from '../schemas/items-page.js';
import { idParams } from '../schemas/query.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { list } from '../schemas/list.js';
import { expectedVersion } from '../presenters/expected-version.js';
import { itemConflictSchema } from '../schemas/item-version.js';

/** 409 for a change made from a stale version (If-Match / body `version`). */
const conflictResponse = {
  409: jsonContent(itemConflictSchema, 'The item changed since that version (CONFLICT).'),
};

/** Item write routes take the version from `If-Match` too. */
const ifMatchHeaders = z.object({
  'if-match': z
    .string()
    .max(20)
    .optional()
    .openapi({ description: 'The item version the change was made from, e.g. "3".' }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/items',
  tags: ['items'],
  summary: 'Items read from the documents, with their statuses',
  request: { query: itemsQuerySchema },
  responses: {
    200: jsonContent(itemsPageSchema, 'One page of items and the count before paging.'),
    ...errorResponses(400),
  },
});

const correctRoute = createRoute({
  method: 'patch',
  path: '/api/items/{id}',
  tags: ['items'],
  summary: "Correct an item's values (written to its history)",
  request: {
    params: idParams,
    headers: ifMatchHeaders,
    body: { content: { 'application/json': { schema: correctItemBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(storedItemSchema, 'The corrected item.'),
    ...errorResponses(400, 401, 403, 404),
    ...conflictResponse,
  },
});

function reviewRoute(action: 'confirm' | 'reject') {
  return createRoute({
    method: 'post',
    path: `/api/items/{id}/${action}`,
    tags: ['items'],
    summary: action === 'confirm' ? 'Mark an item read right' : 'Mark an item read wrongly',
    request: {
      params: idParams,
      headers: ifMatchHeaders,
      // Optional: the version the change was made from (or If-Match); never who made it.
      body: { content: { 'application/json': { schema: reviewItemBodySchema } }, required: false },
    },
    responses: {
      200: jsonContent(storedItemSchema, 'The item with its new review state.'),
      ...errorResponses(400, 401, 403, 404),
      ...conflictResponse,
    },
  });
}

const historyRoute = createRoute({
  method: 'get',
  path: '/api/items/{id}/history',
  tags: ['items'],
  summary: "An item's audit trail, oldest first",
  request: { params: idParams },
  responses: {
    200: jsonContent(list(historyEntrySchema), 'The history entries.'),
    ...errorResponses(404),
  },
});

/** `GET /api/items`, `PATCH /api/items/:id`, confirm, reject and history. */
export function registerItemRoutes(api: Api, { app, rendered }: RouteDeps): void {
  // Rendered once per store data version and URL, like the scorecard, then served from memory.
  api.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const version = await app.dataVersion();
    return (await rendered.answer(c, version, c.req.url, () =>
      listItemsWithStatus(app, query),
    )) as never;
  });
  api.openapi(correctRoute, async (c) => {
    const { patch, version } = c.req.valid('json');
    const item = await app.changeItem(c.req.valid('param').id, {
      action: 'correct',
      patch,
      actor: signedInActor(c),
      expectedVersion: expectedVersion(c.req.valid('header')['if-match'], version),
    });
    return c.json(item, 200);
  });
  for (const action of ['confirm', 'reject'] as const) {
    api.openapi(reviewRoute(action), async (c) => {
      const body = c.req.valid('json') as { version?: number } | undefined;
      const expected = expectedVersion(c.req.valid('header')['if-match'], body?.version);
      return c.json(
        await app.changeItem(c.req.valid('param').id, {
          action,
          actor: signedInActor(c),
          expectedVersion: expected,
        }),
        200,
      );
    });
  }
  api.openapi(historyRoute, async (c) =>
    c.json(await app.itemHistory(c.req.valid('param').id), 200),
  );
}
