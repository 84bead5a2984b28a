import { createRoute, z } from '@hono/zod-openapi';
import { signedInActor } from '../auth/signed-in-actor.js';
import { list } from '../schemas/list.js';
import { idParams } from '../schemas/query.js';
import {
  newUnitBodySchema,
  unitChangeBodySchema,
  unitSchema,
  unitsQuerySchema,
} from '../schemas/unit.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

const treeRoute = createRoute({
  method: 'get',
  path: '/api/units',
  tags: ['units'],
  summary: "The units (部门) of each jurisdiction's government, parents before children",
  request: { query: unitsQuerySchema },
  responses: {
    200: jsonContent(
      list(unitSchema),
      'Each unit after its parent, siblings in order; `parent_id` builds the tree.',
    ),
    ...errorResponses(400, 404),
  },
});

const createUnitRoute = createRoute({
  method: 'post',
  path: '/api/units',
  tags: ['units'],
  summary: 'Create a unit (admin)',
  request: {
    body: { content: { 'application/json': { schema: newUnitBodySchema } }, required: true },
  },
  responses: {
    201: jsonContent(unitSchema, 'The new unit.'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/api/units/{id}',
  tags: ['units'],
  summary: 'Rename, re-order or move a unit (admin)',
  request: {
    params: idParams,
    body: { content: { 'application/json': { schema: unitChangeBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(unitSchema, 'The changed unit.'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/units/{id}',
  tags: ['units'],
  summary: 'Delete a unit with no units under it and no users (admin)',
  request: { params: idParams },
  responses: {
    200: jsonContent(z.object({ deleted: z.string() }), 'Deleted.'),
    ...errorResponses(401, 403, 404, 409),
  },
});

/** `/api/units`: the tree is public (who is responsible is public); changes are admin's. */
export function registerUnitRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(treeRoute, async (c) =>
    c.json(await app.store.units.list(c.req.valid('query').jurisdiction), 200),
  );
  api.openapi(createUnitRoute, async (c) => {
    const body = c.req.valid('json');
    const unit = await app.store.units.create(
      {
        jurisdiction: body.jurisdiction,
        parentId: body.parent_id ?? null,
        name: body.name,
        kind: body.kind,
        ...(body.sort === undefined ? {} : { sort: body.sort }),
      },
      signedInActor(c),
    );
    return c.json(unit, 201);
  });
  api.openapi(updateRoute, async (c) => {
    const body = c.req.valid('json');
    const actor = signedInActor(c);
    const unit = await app.store.units.update(
      c.req.valid('param').id,
      {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.kind === undefined ? {} : { kind: body.kind }),
        ...(body.parent_id === undefined ? {} : { parentId: body.parent_id }),
        ...(body.sort === undefined ? {} : { sort: body.sort }),
      },
      actor,
    );
    return c.json(unit, 200);
  });
  api.openapi(deleteRoute, async (c) => {
    const id = c.req.valid('param').id;
    await app.store.units.delete(id, signedInActor(c));
    return c.json({ deleted: id }, 200);
  });
}
