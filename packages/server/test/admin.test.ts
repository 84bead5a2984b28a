import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userAccountSchema } from '../src/schemas/account.js';
import { unitSchema } from '../src/schemas/unit.js';
import { list } from '../src/schemas/list.js';
import { signIn, signInAs, type SignedIn } from './support/sign-in.js';
import { errorOf, getJson, openTestServer, sendJson, type TestServer } from './yiwu-server.js';

let t: TestServer;
let admin: SignedIn;
beforeAll(async () => {
  t = await openTestServer({ empty: true });
  admin = await signIn(t, 'admin', { name: '管理员甲' });
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

async function createUnit(body: Record<string, unknown>) {
  const res = await sendJson(t.server, 'POST', '/api/units', body, admin.headers);
  expect(res.status).toBe(201);
  return unitSchema.parse(res.body);
}

describe('units', () => {
  it('builds 市政府 → 商务局, 统计局; renames, moves, and deletes only empty units', async () => {
    const city = await createUnit({ jurisdiction: '义乌市', name: '市政府', kind: 'government' });
    const trade = await createUnit({
      jurisdiction: '义乌市',
      parent_id: city.id,
      name: '商务局',
      kind: 'department',
    });
    const stats = await createUnit({
      jurisdiction: 'cn-zj-jh-yw',
      parent_id: city.id,
      name: '统计局',
      kind: 'department',
    });
    const units = list(unitSchema).parse(
      (await getJson(t.server, '/api/units?jurisdiction=义乌市')).body,
    );
    expect(units.map((u) => u.name)).toEqual(['市政府', '商务局', '统计局']);

    const duplicate = await sendJson(
      t.server,
      'POST',
      '/api/units',
      { jurisdiction: '义乌市', parent_id: city.id, name: '商务局', kind: 'department' },
      admin.headers,
    );
    expect(duplicate.status).toBe(409);
    expect(errorOf(duplicate.body).message).toContain('商务局');

    const renamed = await sendJson(
      t.server,
      'PATCH',
      `/api/units/${stats.id}`,
      { name: '市统计局', parent_id: trade.id },
      admin.headers,
    );
    expect(renamed.body).toMatchObject({ name: '市统计局', parent_id: trade.id });
    const cycle = await sendJson(
      t.server,
      'PATCH',
      `/api/units/${city.id}`,
      { parent_id: stats.id },
      admin.headers,
    );
    expect(cycle.status).toBe(400);

    const notEmpty = await sendJson(
      t.server,
      'DELETE',
      `/api/units/${trade.id}`,
      {},
      admin.headers,
    );
    expect(notEmpty.status).toBe(409);
    const deleted = await sendJson(t.server, 'DELETE', `/api/units/${stats.id}`, {}, admin.headers);
    expect(deleted).toMatchObject({ status: 200, body: { deleted: stats.id } });
    const history = await t.app.store.history.list({ entity: 'unit', entityId: stats.id });
    expect(history.map((h) => [h.action, h.actor, h.actor_id])).toEqual([
      ['create', '管理员甲', admin.user.id],
      ['move', '管理员甲', admin.user.id],
      ['delete', '管理员甲', admin.user.id],
    ]);
  });
});

describe('users', () => {
  it('creates a reporter in a unit who can sign in; sets the role; resets the password', async () => {
    const unit = await createUnit({ jurisdiction: '义乌市', name: '发改局', kind: 'department' });
    const created = await sendJson(
      t.server,
      'POST',
      '/api/admin/users',
      { email: 'fgj@example.org', name: '发改局张三', role: 'reporter', unit_id: unit.id },
      admin.headers,
    );
    expect(created.status).toBe(201);
    const { user, one_time_password: oneTime } = created.body as {
      user: unknown;
      one_time_password: string;
    };
    expect(userAccountSchema.parse(user)).toMatchObject({
      role: 'reporter',
      unit_name: '发改局',
      must_change_password: true,
    });
    const signedIn = await signInAs(t.server, 'fgj@example.org', oneTime);
    const id = signedIn.user.id;

    const promoted = await sendJson(
      t.server,
      'PATCH',
      `/api/admin/users/${id}`,
      { role: 'reviewer' },
      admin.headers,
    );
    expect(promoted.body).toMatchObject({ role: 'reviewer' });
    const reset = await sendJson(
      t.server,
      'POST',
      `/api/admin/users/${id}/reset-password`,
      {},
      admin.headers,
    );
    const next = (reset.body as { one_time_password: string }).one_time_password;
    expect(next).not.toBe(oneTime);
    // The reset ended the old session.
    const me = await t.server.request('/api/session', { headers: signedIn.headers });
    expect(await me.json()).toMatchObject({ user: null });
    await expect(signInAs(t.server, 'fgj@example.org', oneTime)).rejects.toThrow(/401/);
    expect((await signInAs(t.server, 'fgj@example.org', next)).user.must_change_password).toBe(
      true,
    );
  });

  it('lists users only for admins, and refuses bad input without creating anything', async () => {
    const listed = await t.server.request('/api/admin/users', { headers: admin.headers });
    const users = list(userAccountSchema).parse(await listed.json());
    expect(users.map((u) => u.email)).toContain('fgj@example.org');
    expect(JSON.stringify(users)).not.toMatch(/argon2|"password"/);
    const anonymous = await getJson(t.server, '/api/admin/users');
    expect(anonymous.status).toBe(401);
    const reviewer = await signIn(t, 'reviewer');
    const forbidden = await t.server.request('/api/admin/users', { headers: reviewer.headers });
    expect(forbidden.status).toBe(403);

    for (const body of [
      { email: 'fgj@example.org', name: '重复', role: 'reporter' },
      { email: 'not-an-email', name: '某人', role: 'reporter' },
      { email: 'x@example.org', name: '某人', role: 'mayor' },
      { email: 'y@example.org', name: '某人', role: 'reporter', unit_id: 'no-such-unit' },
    ]) {
      const res = await sendJson(t.server, 'POST', '/api/admin/users', body, admin.headers);
      expect([400, 409]).toContain(res.status);
    }
    const after = list(userAccountSchema).parse(
      await (await t.server.request('/api/admin/users', { headers: admin.headers })).json(),
    );
    expect(after.length).toBe(users.length + 1); // the reviewer signed in above
  });
});
