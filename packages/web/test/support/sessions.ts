/**
 * Signing in against a running server from a test, as a browser would: POST /api/session with
 * the server's own Origin, keep the session cookie, and send both on every write (the server
 * refuses cross-site writes and anonymous ones).
 */
export const DEMO_PASSWORD = 'lantu-demo-2026';

export interface Session {
  readonly cookie: string;
  /** Headers for a JSON write as this user. */
  readonly json: Record<string, string>;
  /** Headers for a multipart upload as this user (fetch sets the content type). */
  readonly form: Record<string, string>;
}

function sessionOf(url: string, cookie: string): Session {
  return {
    cookie,
    json: { 'content-type': 'application/json', origin: url, cookie },
    form: { origin: url, cookie },
  };
}

function cookieOf(response: Response): string | undefined {
  const first = response.headers.getSetCookie()[0];
  return first === undefined ? undefined : first.split(';')[0];
}

export async function signInAs(
  url: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`sign-in ${email}: ${response.status} ${await response.text()}`);
  const cookie = cookieOf(response);
  if (cookie === undefined) throw new Error(`sign-in ${email}: no session cookie`);
  return sessionOf(url, cookie);
}

/**
 * A new user created by the demo admin, signed in and past the one-time password, so its
 * writes carry `name` into the history.
 */
export async function newSignedInUser(
  url: string,
  user: { readonly email: string; readonly name: string; readonly role: string },
): Promise<Session> {
  const admin = await signInAs(url, 'admin@lantu.demo');
  const created = await fetch(`${url}/api/admin/users`, {
    method: 'POST',
    headers: admin.json,
    body: JSON.stringify(user),
  });
  if (created.status !== 201)
    throw new Error(`create user: ${created.status} ${await created.text()}`);
  const { one_time_password: oneTime } = (await created.json()) as { one_time_password: string };
  const first = await signInAs(url, user.email, oneTime);
  const password = 'a-new-password-2026';
  const changed = await fetch(`${url}/api/session/password`, {
    method: 'POST',
    headers: first.json,
    body: JSON.stringify({ current_password: oneTime, new_password: password }),
  });
  if (!changed.ok) throw new Error(`change password: ${changed.status} ${await changed.text()}`);
  return signInAs(url, user.email, password);
}
