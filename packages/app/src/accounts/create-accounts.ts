import { LantuError, type Role } from '@lantu/core';
import { storeDatabase, type ChangeAuthor, type Database, type Store } from '@lantu/store';
import { betterAuth } from 'better-auth';
import type { Kysely } from 'kysely';
import { authFailure } from './auth-errors.js';
import { AUTH_BASE_PATH, authOptions, type AccountsOptions } from './auth-options.js';
import { oneTimePassword } from './one-time-password.js';
import { isRole, toUserAccount, type UserAccount } from './user-row.js';

export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly unitId?: string | null;
  /** A chosen password (demo accounts, tests); omitted: a one-time password is made. */
  readonly password?: string;
  /** Must choose a new password at the first sign-in. @default true without `password` */
  readonly mustChangePassword?: boolean;
}

export interface UserChange {
  readonly name?: string;
  readonly role?: Role;
  readonly unitId?: string | null;
  /** A disabled user cannot sign in, and their sessions end at once. */
  readonly disabled?: boolean;
}

/** What signing in, out or changing a password answers: the user and the cookies to set. */
export interface SessionResult {
  readonly user: UserAccount | null;
  /** `Set-Cookie` values to pass on to the browser. */
  readonly cookies: readonly string[];
}

/** Accounts, sessions and the people who administer them. */
export interface Accounts {
  /** better-auth's own endpoints under /api/auth (sign-out, single sign-on callbacks …). */
  handler(request: Request): Promise<Response>;
  /** The signed-in user of a request, or null: no session, expired, or a disabled account. */
  session(headers: Headers): Promise<UserAccount | null>;
  /** UNAUTHENTICATED for a wrong e-mail or password, FORBIDDEN if disabled, RATE_LIMITED. */
  signIn(
    credentials: { email: string; password: string },
    headers: Headers,
  ): Promise<SessionResult>;
  signOut(headers: Headers): Promise<SessionResult>;
  /** Changes the signed-in user's password; other sessions end; clears must-change. */
  changePassword(
    passwords: { current: string; next: string },
    headers: Headers,
  ): Promise<SessionResult>;
  readonly users: UserAdministration;
}

/** What admins do with accounts; every change is written to history as entity `user`. */
export interface UserAdministration {
  list(): Promise<UserAccount[]>;
  /** NOT_FOUND for an unknown id. */
  get(id: string): Promise<UserAccount>;
  count(): Promise<number>;
  /** CONFLICT for an e-mail that already has an account; INPUT_INVALID for a bad unit or role. */
  create(
    user: NewUser,
    author: ChangeAuthor,
  ): Promise<{ user: UserAccount; oneTimePassword: string | null }>;
  update(id: string, change: UserChange, author: ChangeAuthor): Promise<UserAccount>;
  /** A new one-time password; the user must change it and their sessions end. */
  resetPassword(id: string, author: ChangeAuthor): Promise<{ oneTimePassword: string }>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function selectUsers(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .leftJoin('units', 'units.id', 'users.unit_id')
    .selectAll('users')
    .select('units.name as unit_name');
}

/**
 * Accounts over a store, with better-auth on the store's own connection (SQLite or
 * PostgreSQL). See docs/auth.md.
 */
export function createAccounts(store: Store, options: AccountsOptions): Accounts {
  const db = storeDatabase(store);
  const auth = betterAuth(authOptions(db, store.dialect, options));
  const origin = new URL(options.baseUrl).origin;

  /** Calls one of better-auth's endpoints as the browser's request would (rate limits apply). */
  const call = (path: string, headers: Headers, body?: unknown) => {
    const forwarded = new Headers();
    for (const name of ['cookie', 'user-agent', options.clientIpHeader ?? 'x-lantu-client-ip']) {
      const value = headers.get(name);
      if (value !== null) forwarded.set(name, value);
    }
    // The server has checked the request's origin already (CSRF); better-auth checks it again.
    forwarded.set('origin', origin);
    forwarded.set('content-type', 'application/json');
    return auth.handler(
      new Request(`${origin}${AUTH_BASE_PATH}${path}`, {
        method: 'POST',
        headers: forwarded,
        body: JSON.stringify(body ?? {}),
      }),
    );
  };

  const findUser = async (id: string) => {
    const row = await selectUsers(db).where('users.id', '=', id).executeTakeFirst();
    return row === undefined ? null : toUserAccount(row);
  };
  const getUser = async (id: string) => {
    const user = await findUser(id);
    if (user === null) throw new LantuError('NOT_FOUND', `没有这个用户：${id}`);
    return user;
  };
  const checkUnit = async (unitId: string | null | undefined) => {
    if (unitId === null || unitId === undefined) return;
    await store.units.get(unitId).catch(() => {
      throw new LantuError('INPUT_INVALID', `单位不存在：${unitId}`);
    });
  };
  const checkRole = (role: unknown) => {
    if (!isRole(role)) throw new LantuError('INPUT_INVALID', `角色无效：${String(role)}`);
  };
  const checkName = (name: string) => {
    if (name.trim() === '' || name.length > 100) {
      throw new LantuError('INPUT_INVALID', '姓名不能为空，最多 100 个字');
    }
    return name.trim();
  };
  const context = () => auth.$context;

  const users: UserAdministration = {
    async list() {
      const rows = await selectUsers(db).orderBy('users.created_at').execute();
      return rows.map(toUserAccount);
    },
    get: getUser,
    async count() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async create(input, author) {
      const email = input.email.trim().toLowerCase();
      if (!EMAIL.test(email)) throw new LantuError('INPUT_INVALID', `邮箱格式不正确：${email}`);
      const name = checkName(input.name);
      checkRole(input.role);
      await checkUnit(input.unitId);
      const ctx = await context();
      if ((await ctx.internalAdapter.findUserByEmail(email)) !== null) {
        throw new LantuError('CONFLICT', `该邮箱已有账号：${email}`);
      }
      const generated = input.password === undefined ? oneTimePassword() : null;
      const password = input.password ?? generated ?? '';
      if (password.length < 8) throw new LantuError('INPUT_INVALID', '密码太短：至少 8 个字符');
      const created = await ctx.internalAdapter.createUser(
        {
          email,
          name,
          emailVerified: true,
          role: input.role,
          unitId: input.unitId ?? null,
          disabled: false,
          mustChangePassword: input.mustChangePassword ?? generated !== null,
        },
        { method: 'admin' },
      );
      await ctx.internalAdapter.linkAccount({
        userId: created.id,
        providerId: 'credential',
        accountId: created.id,
        password: await ctx.password.hash(password),
      });
      const user = await getUser(created.id);
      await store.history.append({
        entity: 'user',
        entity_id: user.id,
        action: 'create',
        actor: author,
        before: null,
        after: { email, name, role: user.role, unit_id: user.unit_id },
      });
      return { user, oneTimePassword: generated };
    },
    async update(id, change, author) {
      const before = await getUser(id);
      if (change.role !== undefined) checkRole(change.role);
      await checkUnit(change.unitId);
      const next = {
        ...(change.name === undefined ? {} : { name: checkName(change.name) }),
        ...(change.role === undefined ? {} : { role: change.role }),
        ...(change.unitId === undefined ? {} : { unitId: change.unitId }),
        ...(change.disabled === undefined ? {} : { disabled: change.disabled }),
      };
      const ctx = await context();
      await ctx.internalAdapter.updateUser(id, next);
      if (change.disabled === true) await ctx.internalAdapter.deleteUserSessions(id);
      const after = await getUser(id);
      const fields = ['name', 'role', 'unit_id', 'disabled'] as const;
      const changed = fields.filter((f) => before[f] !== after[f]);
      if (changed.length > 0) {
        await store.history.append({
          entity: 'user',
          entity_id: id,
          action: change.disabled === true ? 'disable' : 'update',
          actor: author,
          before: Object.fromEntries(changed.map((f) => [f, before[f]])),
          after: Object.fromEntries(changed.map((f) => [f, after[f]])),
        });
      }
      return after;
    },
    async resetPassword(id, author) {
      await getUser(id);
      const ctx = await context();
      const password = oneTimePassword();
      const hashed = await ctx.password.hash(password);
      const accounts = await ctx.internalAdapter.findAccounts(id);
      if (accounts.some((a) => a.providerId === 'credential')) {
        await ctx.internalAdapter.updatePassword(id, hashed);
      } else {
        await ctx.internalAdapter.linkAccount({
          userId: id,
          providerId: 'credential',
          accountId: id,
          password: hashed,
        });
      }
      await ctx.internalAdapter.updateUser(id, { mustChangePassword: true });
      await ctx.internalAdapter.deleteUserSessions(id);
      await store.history.append({
        entity: 'user',
        entity_id: id,
        action: 'reset-password',
        actor: author,
        before: null,
        after: { must_change_password: true },
      });
      return { oneTimePassword: password };
    },
  };

  return {
    handler: (request) => auth.handler(request),
    async session(headers) {
      const session = await auth.api.getSession({ headers });
      if (session === null) return null;
      const user = await findUser(session.user.id);
      return user === null || user.disabled ? null : user;
    },
    async signIn({ email, password }, headers) {
      const response = await call('/sign-in/email', headers, {
        email: email.trim().toLowerCase(),
        password,
        rememberMe: true,
      });
      if (!response.ok) throw await authFailure(response, 'sign-in');
      const body = (await response.json()) as { user?: { id?: string } };
      const user = body.user?.id === undefined ? null : await findUser(body.user.id);
      return { user, cookies: response.headers.getSetCookie() };
    },
    async signOut(headers) {
      const response = await call('/sign-out', headers);
      return { user: null, cookies: response.headers.getSetCookie() };
    },
    async changePassword({ current, next }, headers) {
      const signedIn = await this.session(headers);
      if (signedIn === null) throw new LantuError('UNAUTHENTICATED', '请先登录');
      const response = await call('/change-password', headers, {
        currentPassword: current,
        newPassword: next,
        revokeOtherSessions: true,
      });
      if (!response.ok) throw await authFailure(response, 'password');
      const ctx = await context();
      await ctx.internalAdapter.updateUser(signedIn.id, { mustChangePassword: false });
      await store.history.append({
        entity: 'user',
        entity_id: signedIn.id,
        action: 'change-password',
        actor: {
          userId: signedIn.id,
          name: signedIn.name,
          role: signedIn.role,
          unitId: signedIn.unit_id,
        },
        before: null,
        after: { must_change_password: false },
      });
      return { user: await getUser(signedIn.id), cookies: response.headers.getSetCookie() };
    },
    users,
  };
}
