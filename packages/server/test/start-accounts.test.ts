import { afterEach, describe, expect, it } from 'vitest';
import { startAccounts } from '../src/start-accounts.js';
import { signInAs } from './support/sign-in.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('accounts made at start', () => {
  it('gives the bundled demo store demo units and an account per role, printed as 演示账号', async () => {
    t = await openTestServer();
    const printed: string[] = [];
    await startAccounts(t.app, t.accounts, true, (line) => printed.push(line));
    await startAccounts(t.app, t.accounts, true, () => undefined); // a second start adds nothing
    expect(printed.join('\n')).toContain('演示账号');
    const users = await t.accounts.users.list();
    expect(users.map((u) => [u.email, u.role, u.unit_name])).toEqual([
      ['reviewer@lantu.demo', 'reviewer', '发改局'],
      ['commerce@lantu.demo', 'reporter', '商务局'],
      ['stats@lantu.demo', 'reporter', '统计局'],
      ['supervisor@lantu.demo', 'supervisor', '督查室'],
      ['admin@lantu.demo', 'admin', '市政府'],
    ]);
    const reviewer = await signInAs(t.server, 'reviewer@lantu.demo', 'lantu-demo-2026');
    expect(reviewer.user.must_change_password).toBe(false);

    // Turned off: the demo accounts stop working.
    await startAccounts(t.app, t.accounts, false, () => undefined);
    expect((await t.accounts.users.list()).every((u) => u.disabled)).toBe(true);
    await expect(signInAs(t.server, 'reviewer@lantu.demo', 'lantu-demo-2026')).rejects.toThrow(
      /403/,
    );
  });

  it('gives any other store without users one admin with a printed one-time password', async () => {
    t = await openTestServer({ empty: true });
    const printed: string[] = [];
    await startAccounts(t.app, t.accounts, true, (line) => printed.push(line));
    const password = /一次性密码 one-time password: (\S+)/.exec(printed.join('\n'))?.[1] ?? '';
    const admin = await signInAs(t.server, 'admin@lantu.local', password);
    expect(admin.user).toMatchObject({ role: 'admin', must_change_password: true });
    const again: string[] = [];
    await startAccounts(t.app, t.accounts, true, (line) => again.push(line));
    expect(again).toEqual([]);
  });
});
