import type { Accounts, UserAccount } from '@lantu/app';
import type { Role } from '@lantu/core';
import type { LantuServer } from '../../src/create-server.js';
import { TEST_ORIGIN } from '../yiwu-server.js';

/** A signed-in test user and the headers that make a request theirs. */
export interface SignedIn {
  readonly user: UserAccount;
  readonly password: string;
  /** `{ cookie, origin }`: spread into `server.request(path, { headers })`. */
  readonly headers: Readonly<Record<string, string>>;
}

let counter = 0;

/** The `Cookie` header a browser would send back after these `Set-Cookie` headers. */
export function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .filter((pair) => pair !== '' && !pair.endsWith('='))
    .join('; ');
}

/**
 * Creates a user with `role` (and unit) in a test server and signs them in through
 * `POST /api/session`, as the web app does. Use the returned headers on every request
 * that should be theirs.
 *
 * @example
 * const reviewer = await signIn(t, 'reviewer');
 * await t.server.request(`/api/items/${id}/confirm`, { method: 'POST', headers: reviewer.headers });
 */
export async function signIn(
  t: { readonly server: LantuServer; readonly accounts: Accounts },
  role: Role,
  options: {
    readonly unitId?: string | null;
    readonly name?: string;
    readonly email?: string;
  } = {},
): Promise<SignedIn> {
  counter += 1;
  const email = options.email ?? `${role}-${counter}-${Date.now()}@test.lantu`;
  const password = `test-password-${counter}`;
  await t.accounts.users.create(
    {
      email,
      name: options.name ?? `${role} ${counter}`,
      role,
      unitId: options.unitId ?? null,
      password,
      mustChangePassword: false,
    },
    'test-setup',
  );
  return signInAs(t.server, email, password);
}

/** Signs an existing user in; fails the test unless the server answers 200. */
export async function signInAs(
  server: LantuServer,
  email: string,
  password: string,
): Promise<SignedIn> {
  const response = await server.request('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', origin: TEST_ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) {
    throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  }
  const { user } = (await response.json()) as { user: UserAccount };
  return { user, password, headers: { cookie: cookieHeader(response), origin: TEST_ORIGIN } };
}
