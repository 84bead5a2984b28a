/**
 * Accounts through better-auth on the store's own connection, on SQLite and PostgreSQL
 * (runs in the store's vitest project, which starts PostgreSQL; see postgres.pg-test.ts).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, storeDatabase, type Store } from '@lantu/store';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createAccounts, type Accounts } from '../src/index.js';

const ADMIN = 'test-admin';
const BASE_URL = 'http://lantu.test';

let nextClient = 1;
/** Headers of a request from a client address no other sign-in in the test used. */
function freshClient(): Headers {
  nextClient += 1;
  return new Headers({ 'x-lantu-client-ip': `127.0.0.${nextClient}` });
}

/** A request's headers carrying the cookies of a sign-in answer. */
function withCookies(cookies: readonly string[]): Headers {
  return new Headers({ cookie: cookies.map((c) => c.split(';')[0]).join('; ') });
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`accounts (${dialect})`, () => {
    let store: Store;
    let accounts: Accounts;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      if (dialect === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'lantu-accounts-'));
        store = await createStore({ url: `sqlite:${join(dir, 'lantu.sqlite')}` });
        dispose = async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        };
      } else {
        const base = inject('lantuPgUrl');
        const schema = `acc_${randomUUID().replaceAll('-', '')}`;
        const admin = await createStore({ url: base, migrate: false });
        await sql.raw(`create schema ${schema}`).execute(storeDatabase(admin));
        const url = new URL(base);
        url.searchParams.set('options', `-c search_path=${schema}`);
        store = await createStore({ url: url.toString() });
        dispose = async () => {
          await store.close();
          await sql.raw(`drop schema ${schema} cascade`).execute(storeDatabase(admin));
          await admin.close();
        };
      }
      await store.jurisdictions.seedDefaults();
      accounts = createAccounts(store, {
        baseUrl: BASE_URL,
        secret: 'a-test-secret-that-is-long-enough-for-better-auth',
        signInLimit: { max: 3, windowSeconds: 60 },
      });
    });
    afterEach(async () => {
      await dispose();
    });

    it('creates a user with a one-time password, signs in, and must change it', async () => {
      const unit = await store.units.create(
        { jurisdiction: '义乌市', name: '商务局', kind: 'department' },
        ADMIN,
      );
      const { user, oneTimePassword } = await accounts.users.create(
        { email: 'Trade@Example.org', name: '商务局填报员', role: 'reporter', unitId: unit.id },
        ADMIN,
      );
      expect(user).toMatchObject({
        email: 'trade@example.org',
        role: 'reporter',
        unit_name: '商务局',
        must_change_password: true,
        disabled: false,
      });
      expect(oneTimePassword).toMatch(/^\S{14}$/);
      // The hash is argon2id, never the password.
      const credential = await storeDatabase(store)
        .selectFrom('accounts')
        .select('password')
        .where('user_id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(credential.password).toMatch(/^\$argon2id\$/);

      const signedIn = await accounts.signIn(
        { email: 'trade@example.org', password: oneTimePassword ?? '' },
        new Headers(),
      );
      expect(signedIn.cookies.join('\n')).toMatch(/lantu\.session_token=.*HttpOnly.*SameSite=Lax/i);
      const headers = withCookies(signedIn.cookies);
      expect(await accounts.session(headers)).toMatchObject({ id: user.id });

      const changed = await accounts.changePassword(
        { current: oneTimePassword ?? '', next: 'a-new-password' },
        headers,
      );
      expect(changed.user?.must_change_password).toBe(false);
      await expect(
        accounts.signIn({ email: 'trade@example.org', password: 'a-new-password' }, new Headers()),
      ).resolves.toMatchObject({ user: { id: user.id } });
    });

    it('refuses a wrong password, then rate-limits sign-in with a Chinese message', async () => {
      await accounts.users.create(
        { email: 'r@example.org', name: '审核员', role: 'reviewer', password: 'right-password' },
        ADMIN,
      );
      const attempt = () =>
        accounts.signIn({ email: 'r@example.org', password: 'wrong-password' }, new Headers());
      await expect(attempt()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      await expect(attempt()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      await expect(attempt()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      await expect(attempt()).rejects.toMatchObject({
        code: 'RATE_LIMITED',
        message: /尝试次数过多，请 \d+ 秒后再试/,
      });
    });

    it('disabling a user ends their sessions and refuses sign-in; reset forces a change', async () => {
      const { user } = await accounts.users.create(
        { email: 's@example.org', name: '督查员', role: 'supervisor', password: 'first-password' },
        ADMIN,
      );
      const first = await accounts.signIn(
        { email: 's@example.org', password: 'first-password' },
        freshClient(),
      );
      const headers = withCookies(first.cookies);
      expect(await accounts.session(headers)).not.toBeNull();
      await accounts.users.update(user.id, { disabled: true }, ADMIN);
      expect(await accounts.session(headers)).toBeNull();
      await expect(
        accounts.signIn({ email: 's@example.org', password: 'first-password' }, freshClient()),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });

      await accounts.users.update(user.id, { disabled: false, role: 'reviewer' }, ADMIN);
      const { oneTimePassword } = await accounts.users.resetPassword(user.id, ADMIN);
      await expect(
        accounts.signIn({ email: 's@example.org', password: 'first-password' }, freshClient()),
      ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      const again = await accounts.signIn(
        { email: 's@example.org', password: oneTimePassword },
        freshClient(),
      );
      expect(again.user).toMatchObject({ role: 'reviewer', must_change_password: true });
      const history = await store.history.list({ entity: 'user', entityId: user.id });
      expect(history.map((h) => h.action)).toEqual([
        'create',
        'disable',
        'update',
        'reset-password',
      ]);
    });

    it('refuses a second account for one e-mail and an unknown unit, creating nothing', async () => {
      await accounts.users.create(
        { email: 'a@example.org', name: '管理员', role: 'admin', password: 'admin-password' },
        ADMIN,
      );
      await expect(
        accounts.users.create({ email: 'A@example.org', name: '另一个', role: 'admin' }, ADMIN),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(
        accounts.users.create(
          { email: 'b@example.org', name: '某人', role: 'reporter', unitId: 'nope' },
          ADMIN,
        ),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      expect(await accounts.users.count()).toBe(1);
    });
  });
}
