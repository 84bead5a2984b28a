import { createRoute } from '@hono/zod-openapi';
import { signedInActor } from '../auth/signed-in-actor.js';
import {
  newUserBodySchema,
  oneTimePasswordSchema,
  userAccountSchema,
  userChangeBodySchema,
} from '../schemas/account.js';
import { list } from '../schemas/list.js';
import { idParams } from '../schemas/query.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { pagedListContent, pagedListQuery, pageOfList } from './paged-list.js';

const listRoute = createRoute({
  method: 'get',
  path: '/api/admin/users',
  tags: ['admin'],
  summary: 'Every user account (admin)',
  request: { query: pagedListQuery },
  responses: {
    200: pagedListContent(list(userAccountSchema), 'The users, oldest first.'),
    ...errorResponses(401, 403),
  },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/api/admin/users',
  tags: ['admin'],
  summary: 'Create a user with a one-time password (admin)',
  request: {
    body: { content: { 'application/json': { schema: newUserBodySchema } }, required: true },
  },
  responses: {
    201: jsonContent(oneTimePasswordSchema, 'Created; hand the one-time password over.'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/api/admin/users/{id}',
  tags: ['admin'],
  summary: "Change a user's name, role or unit, or disable them (admin)",
  request: {
    params: idParams,
    body: { content: { 'application/json': { schema: userChangeBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(userAccountSchema, 'The changed user.'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const resetRoute = createRoute({
  method: 'post',
  path: '/api/admin/users/{id}/reset-password',
  tags: ['admin'],
  summary: "Reset a user's password to a one-time one; their sessions end (admin)",
  request: { params: idParams },
  responses: {
    200: jsonContent(oneTimePasswordSchema, 'Reset; hand the one-time password over.'),
    ...errorResponses(401, 403, 404),
  },
});

/** `/api/admin/users`: the admin's user management. */
export function registerAdminUserRoutes(api: Api, { accounts }: RouteDeps): void {
  api.openapi(listRoute, async (c) =>
    c.json(pageOfList(c, await accounts.users.list(), c.req.valid('query')), 200),
  );
  api.openapi(createUserRoute, async (c) => {
    const body = c.req.valid('json');
    const { user, oneTimePassword } = await accounts.users.create(
      { email: body.email, name: body.name, role: body.role, unitId: body.unit_id ?? null },
      signedInActor(c),
    );
    return c.json({ user, one_time_password: oneTimePassword ?? '' }, 201);
  });
  api.openapi(updateRoute, async (c) => {
    const body = c.req.valid('json');
    const actor = signedInActor(c);
    const id = c.req.valid('param').id;
    const user = await accounts.users.update(
      id,
      {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.role === undefined ? {} : { role: body.role }),
        ...(body.unit_id === undefined ? {} : { unitId: body.unit_id }),
        ...(body.disabled === undefined ? {} : { disabled: body.disabled }),
      },
      actor,
    );
    return c.json(user, 200);
  });
  api.openapi(resetRoute, async (c) => {
    const id = c.req.valid('param').id;
    const { oneTimePassword } = await accounts.users.resetPassword(id, signedInActor(c));
    return c.json({ user: await accounts.users.get(id), one_time_password: oneTimePassword }, 200);
  });
}
