/**
 * Every state-changing route of the OpenAPI document against ROUTE_POLICIES: a visitor gets
 * 401, a signed-in user of another role 403, a user of an allowed role neither. A route
 * added without a policy fails here (and is refused by the server: see the last test).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ROLES, type Role } from '@lantu/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from '../src/create-server.js';
import { ROUTE_POLICIES, type RoutePolicy } from '../src/auth/route-policy.js';
import { signIn, type SignedIn } from './support/sign-in.js';
import { errorOf, openTestServer, TEST_ORIGIN, type TestServer } from './yiwu-server.js';

interface OpenApiDocument {
  readonly paths: Record<string, Record<string, unknown>>;
}

const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const SIGN_OUT = 'DELETE /api/session';

let t: TestServer;
let operations: { key: string; method: string; path: string }[];
const users = new Map<Role, SignedIn>();

beforeAll(async () => {
  t = await openTestServer({ empty: true });
  const res = await t.server.request('/api/openapi.json');
  const document = (await res.json()) as OpenApiDocument;
  operations = Object.entries(document.paths)
    .flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((method) => WRITES.has(method))
        .map((method) => ({ key: `${method.toUpperCase()} ${path}`, method, path })),
    )
    // Signing out ends the session the later calls use: it goes last.
    .sort((a, b) => Number(a.key === SIGN_OUT) - Number(b.key === SIGN_OUT));
});
beforeEach(async () => {
  for (const role of ROLES) users.set(role, await signIn(t, role));
});
afterAll(async () => {
  await t.close();
});

/** Sends the route with an empty JSON body; `{id}`-style parameters get a made-up value. */
async function call(method: string, path: string, as: SignedIn | null): Promise<Response> {
  return t.server.request(path.replace(/\{(\w+)\}/g, 'no-such-$1'), {
    method: method.toUpperCase(),
    headers: { 'Content-Type': 'application/json', origin: TEST_ORIGIN, ...as?.headers },
    body: '{}',
  });
}

function rolesOf(policy: RoutePolicy): readonly Role[] {
  return policy === 'public' || policy === 'signed-in' ? ROLES : policy;
}

describe('the route policy table', () => {
  it('covers every state-changing route of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    const missing = operations.filter((op) => ROUTE_POLICIES[op.key] === undefined);
    expect(missing.map((op) => op.key)).toEqual([]);
  });

  it('answers 401 to a visitor on every route that is not public', async () => {
    for (const op of operations) {
      const policy = ROUTE_POLICIES[op.key];
      const res = await call(op.method, op.path, null);
      if (policy === 'public') {
        expect([op.key, res.status]).not.toEqual([op.key, 401]);
      } else {
        expect([op.key, res.status]).toEqual([op.key, 401]);
        expect(errorOf(await res.json()).code).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('answers 403 to every role the route does not allow', async () => {
    let checked = 0;
    for (const op of operations) {
      const allowed = rolesOf(ROUTE_POLICIES[op.key] ?? []);
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        const res = await call(op.method, op.path, users.get(role) ?? null);
        expect([op.key, role, res.status]).toEqual([op.key, role, 403]);
        expect(errorOf(await res.json()).code).toBe('FORBIDDEN');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('lets every allowed role through (the route then answers on its merits)', async () => {
    for (const op of operations) {
      for (const role of rolesOf(ROUTE_POLICIES[op.key] ?? [])) {
        const user = op.key === SIGN_OUT ? await signIn(t, role) : users.get(role);
        const res = await call(op.method, op.path, user ?? null);
        expect([op.key, role, [401, 403].includes(res.status)]).toEqual([op.key, role, false]);
      }
    }
  });

  it('refuses a state-changing route that has no policy, even for an admin', async () => {
    const logged: unknown[] = [];
    const server = createServer({
      app: t.app,
      accounts: t.accounts,
      logError: (error) => logged.push(error),
    });
    server.openapi(
      createRoute({
        method: 'post',
        path: '/api/unlisted/{id}',
        request: { params: z.object({ id: z.string() }) },
        responses: { 200: { description: 'never reached' } },
      }),
      (c) => c.body(null, 200),
    );
    const res = await server.request('/api/unlisted/1', {
      method: 'POST',
      headers: users.get('admin')?.headers ?? {},
    });
    expect(res.status).toBe(403);
    expect(errorOf(await res.json()).message).toContain('未配置权限');
    expect(String(logged[0])).toContain('POST /api/unlisted/{id}');
  });
});
