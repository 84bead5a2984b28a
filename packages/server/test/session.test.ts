import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionSchema } from '../src/schemas/account.js';
import { cookieHeader, signIn, signInAs } from './support/sign-in.js';
import { errorOf, openTestServer, sendJson, TEST_ORIGIN, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer({ empty: true });
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

async function session(headers: Readonly<Record<string, string>> = {}) {
  const res = await t.server.request('/api/session', { headers });
  return sessionSchema.parse(await res.json()).user;
}

function signInRequest(email: string, password: string, client: string, on: TestServer = t) {
  return on.server.request('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', origin: TEST_ORIGIN, 'x-forwarded-for': client },
    body: JSON.stringify({ email, password }),
  });
}

describe('/api/session', () => {
  it('signs in with an HttpOnly SameSite=Lax cookie, knows the user, and signs out', async () => {
    await t.accounts.users.create(
      { email: 'rev@example.org', name: '审核员', role: 'reviewer', password: 'reviewer-pw' },
      'test',
    );
    const res = await signInRequest('REV@example.org', 'reviewer-pw', 'a');
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/lantu\.session_token=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    // Plain http here: the cookie is not marked Secure (it is when LANTU_BASE_URL is https).
    expect(setCookie).not.toMatch(/Secure/i);
    const headers = { cookie: cookieHeader(res), origin: TEST_ORIGIN };
    expect(await session(headers)).toMatchObject({ email: 'rev@example.org', role: 'reviewer' });
    expect(await session()).toBeNull();

    const out = await sendJson(t.server, 'DELETE', '/api/session', {}, headers);
    expect(out.status).toBe(200);
    expect(await session(headers)).toBeNull();
  });

  it('answers a wrong password 401 in Chinese, and too many attempts 429 RATE_LIMITED', async () => {
    const limitedServer = await openTestServer({
      empty: true,
      signInLimit: { max: 3, windowSeconds: 60 },
    });
    try {
      await checkRateLimit(limitedServer);
    } finally {
      await limitedServer.close();
    }
  });
});

async function checkRateLimit(t: TestServer): Promise<void> {
  {
    await t.accounts.users.create(
      { email: 'limited@example.org', name: '某人', role: 'reporter', password: 'right-pw-123' },
      'test',
    );
    const wrong = await signInRequest('limited@example.org', 'wrong', 'b', t);
    expect(wrong.status).toBe(401);
    expect(errorOf(await wrong.json())).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: '邮箱或密码不正确',
    });
    // Without LANTU_TRUST_PROXY the forwarded address is ignored: every attempt of this
    // test counts against the same client, whatever header it sends.
    await signInRequest('limited@example.org', 'wrong', 'c', t);
    await signInRequest('limited@example.org', 'wrong', 'd', t);
    const limited = await signInRequest('limited@example.org', 'right-pw-123', 'e', t);
    expect(limited.status).toBe(429);
    expect(errorOf(await limited.json())).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/尝试次数过多，请 \d+ 秒后再试/) as unknown,
    });
  }
}

describe('one-time passwords and disabled accounts', () => {
  it('a user with a one-time password may do nothing but change it, then works again', async () => {
    const admin = await signIn(t, 'admin');
    const created = await sendJson(
      t.server,
      'POST',
      '/api/admin/users',
      { email: 'new@example.org', name: '新审核员', role: 'reviewer' },
      admin.headers,
    );
    expect(created.status).toBe(201);
    const { one_time_password: oneTime } = created.body as { one_time_password: string };
    const fresh = await signInAs(t.server, 'new@example.org', oneTime);
    expect(fresh.user.must_change_password).toBe(true);
    const blocked = await sendJson(t.server, 'POST', '/api/units', {}, fresh.headers);
    expect(blocked.status).toBe(403);
    expect(errorOf(blocked.body).message).toBe('请先修改初始密码');

    const short = await sendJson(
      t.server,
      'POST',
      '/api/session/password',
      { current_password: oneTime, new_password: 'short' },
      fresh.headers,
    );
    expect(short.status).toBe(400);
    const wrongCurrent = await sendJson(
      t.server,
      'POST',
      '/api/session/password',
      { current_password: 'not-it-at-all', new_password: 'my-own-password' },
      fresh.headers,
    );
    expect(errorOf(wrongCurrent.body)).toMatchObject({
      code: 'INPUT_INVALID',
      message: '当前密码不正确',
    });
    const changed = await t.server.request('/api/session/password', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...fresh.headers },
      body: JSON.stringify({ current_password: oneTime, new_password: 'my-own-password' }),
    });
    expect(changed.status).toBe(200);
    const after = await signInAs(t.server, 'new@example.org', 'my-own-password');
    expect(after.user.must_change_password).toBe(false);
  });

  it('disabling a user ends their session at once', async () => {
    const admin = await signIn(t, 'admin');
    const reviewer = await signIn(t, 'reviewer');
    expect(await session(reviewer.headers)).not.toBeNull();
    const disabled = await sendJson(
      t.server,
      'PATCH',
      `/api/admin/users/${reviewer.user.id}`,
      { disabled: true },
      admin.headers,
    );
    expect(disabled.body).toMatchObject({ disabled: true });
    expect(await session(reviewer.headers)).toBeNull();
    const write = await sendJson(t.server, 'POST', '/api/items/x/confirm', {}, reviewer.headers);
    expect(write.status).toBe(401);
    const again = await t.server.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', origin: TEST_ORIGIN },
      body: JSON.stringify({ email: reviewer.user.email, password: reviewer.password }),
    });
    expect(again.status).toBe(403);
    expect(errorOf(await again.json()).message).toBe('该账号已停用，请联系管理员');
  });
});

describe('cross-site request protection', () => {
  it.each([
    ['another Origin', { origin: 'http://evil.example' }],
    ['another Referer', { referer: 'http://evil.example/page' }],
    ['a cross-site fetch without Origin', { 'sec-fetch-site': 'cross-site' }],
    ['an opaque Origin', { origin: 'null' }],
  ])('refuses a write with %s, even with a valid session', async (_what, extra) => {
    const admin = await signIn(t, 'admin');
    const { origin: _origin, ...cookieOnly } = admin.headers;
    const res = await sendJson(
      t.server,
      'POST',
      '/api/units',
      { jurisdiction: '义乌市', name: '外站单位', kind: 'department' },
      { ...cookieOnly, ...extra },
    );
    expect(res.status).toBe(403);
    expect(errorOf(res.body).message).toContain('跨站');
    expect((await t.app.store.units.list()).map((u) => u.name)).not.toContain('外站单位');
  });

  it('accepts the same write from the server’s own origin', async () => {
    const admin = await signIn(t, 'admin');
    const res = await sendJson(
      t.server,
      'POST',
      '/api/units',
      { jurisdiction: '义乌市', name: '本站单位', kind: 'department' },
      { ...admin.headers, referer: `${TEST_ORIGIN}/admin/units` },
    );
    expect(res.status).toBe(201);
  });
});
