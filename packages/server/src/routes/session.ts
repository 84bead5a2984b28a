import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { headersWithClientAddress } from '../auth/client-address.js';
import type { ServerEnv } from '../auth/server-env.js';
import { changePasswordBodySchema, sessionSchema, signInBodySchema } from '../schemas/account.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

const getRoute = createRoute({
  method: 'get',
  path: '/api/session',
  tags: ['session'],
  summary: 'Who is signed in (user null for a visitor)',
  responses: {
    200: jsonContent(sessionSchema, 'The signed-in user, or null.'),
    ...errorResponses(),
  },
});

const signInRoute = createRoute({
  method: 'post',
  path: '/api/session',
  tags: ['session'],
  summary: 'Sign in with e-mail and password; sets the HttpOnly session cookie',
  request: {
    body: { content: { 'application/json': { schema: signInBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(sessionSchema, 'Signed in; `must_change_password` says what comes next.'),
    ...errorResponses(400, 401, 403, 429),
  },
});

const signOutRoute = createRoute({
  method: 'delete',
  path: '/api/session',
  tags: ['session'],
  summary: 'Sign out; the session ends and its cookie is cleared',
  responses: { 200: jsonContent(sessionSchema, 'Signed out.'), ...errorResponses(403) },
});

const passwordRoute = createRoute({
  method: 'post',
  path: '/api/session/password',
  tags: ['session'],
  summary: "Change the signed-in user's password; their other sessions end",
  request: {
    body: {
      content: { 'application/json': { schema: changePasswordBodySchema } },
      required: true,
    },
  },
  responses: {
    200: jsonContent(sessionSchema, 'Changed.'),
    ...errorResponses(400, 401, 403, 429),
  },
});

/** Passes better-auth's Set-Cookie headers on to the browser. */
function setCookies(c: Context<ServerEnv>, cookies: readonly string[]): void {
  for (const cookie of cookies) c.header('Set-Cookie', cookie, { append: true });
}

/** `/api/session`: sign in, who am I, sign out, change password. */
export function registerSessionRoutes(
  api: Api,
  { accounts, trustProxy, unreviewed }: RouteDeps,
): void {
  api.openapi(getRoute, (c) => c.json({ user: c.get('user'), portal: { unreviewed } }, 200));
  api.openapi(signInRoute, async (c) => {
    const result = await accounts.signIn(
      c.req.valid('json'),
      headersWithClientAddress(c, trustProxy),
    );
    setCookies(c, result.cookies);
    return c.json({ user: result.user }, 200);
  });
  api.openapi(signOutRoute, async (c) => {
    const result = await accounts.signOut(c.req.raw.headers);
    setCookies(c, result.cookies);
    return c.json({ user: null }, 200);
  });
  api.openapi(passwordRoute, async (c) => {
    const body = c.req.valid('json');
    const result = await accounts.changePassword(
      { current: body.current_password, next: body.new_password },
      headersWithClientAddress(c, trustProxy),
    );
    setCookies(c, result.cookies);
    return c.json({ user: result.user }, 200);
  });
}
