/** `lantu admin create` in-process over a real SQLite file; the admin then signs in. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccounts, openLantu } from '@lantu/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/program.js';
import { memoryIo } from './memory-io.js';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-admin-'));
  db = `sqlite:${join(dir, 'lantu.sqlite')}`;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const argv = (...args: string[]) => ['node', 'lantu', ...args];

describe('lantu admin create', () => {
  it('prints a one-time password that signs in and must be changed', async () => {
    const io = memoryIo();
    const code = await runCli(
      argv('admin', 'create', '--email', 'Ops@Example.gov.cn', '--name', '张三', '--db', db),
      io,
    );
    expect(code, io.stderr.text()).toBe(0);
    const printed = /one-time password \(shown once; change it at the first sign-in\): (\S+)/.exec(
      io.stdout.text(),
    );
    expect(io.stdout.text()).toContain('admin created: 张三 <ops@example.gov.cn>');
    const password = printed?.[1] ?? '';
    expect(password).toMatch(/^\S{14}$/);

    const app = await openLantu({ url: db });
    try {
      const accounts = createAccounts(app.store, {
        baseUrl: 'http://localhost',
        secret: 'a-test-secret-that-is-long-enough-0000000',
      });
      const { user } = await accounts.signIn(
        { email: 'ops@example.gov.cn', password },
        new Headers(),
      );
      expect(user).toMatchObject({ role: 'admin', must_change_password: true });
      const [entry] = await app.store.history.list({ entity: 'user', entityId: user?.id ?? '' });
      expect(entry).toMatchObject({ action: 'create', actor: 'cli' });
    } finally {
      await app.close();
    }
  });

  it('refuses a second account for the same e-mail (exit 5) and a bad address (exit 2)', async () => {
    const again = memoryIo();
    expect(
      await runCli(
        argv('admin', 'create', '--email', 'ops@example.gov.cn', '--name', '李四', '--db', db),
        again,
      ),
    ).toBe(5);
    expect(again.stderr.text()).toContain('该邮箱已有账号');
    const bad = memoryIo();
    expect(
      await runCli(argv('admin', 'create', '--email', 'nope', '--name', '王五', '--db', db), bad),
    ).toBe(2);
    expect(bad.stderr.text()).toContain('--email');
  });
});
