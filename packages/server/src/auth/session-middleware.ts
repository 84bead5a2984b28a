import { actorOf, type Accounts } from '@lantu/app';
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from './server-env.js';

/** Resolves the session cookie into `c.var.user` and `c.var.actor` (null when signed out). */
export function resolveSession(accounts: Accounts): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    // Without a cookie there is no session to look up: public reads stay one query lighter.
    const user =
      c.req.header('cookie') === undefined ? null : await accounts.session(c.req.raw.headers);
    c.set('user', user);
    c.set('actor', user === null ? null : actorOf(user));
    await next();
  };
}
