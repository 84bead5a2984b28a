import { LantuError } from '@lantu/core';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import {
  ALLOWED_BEFORE_PASSWORD_CHANGE,
  openApiPath,
  policyKey,
  ROUTE_POLICIES,
  SAFE_METHODS,
  type RoutePolicy,
} from './route-policy.js';
import type { ServerEnv } from './server-env.js';

/**
 * The route that answers a request (its registered path), or null when none does: the FIRST
 * handler registered for the method, as Hono runs them in order. Not the last: the web app's
 * catch-all `GET *` comes after every API route and matches every path, and taking it would
 * let every read with a policy through.
 */
function routeOf(c: Context): string | null {
  const method = c.req.method.toUpperCase();
  const routes = matchedRoutes(c).filter((r) => r.method.toUpperCase() === method);
  const route = routes[0];
  return route === undefined ? null : openApiPath(route.path);
}

/**
 * Enforces ROUTE_POLICIES in one place, before any validation or work: no session → 401
 * UNAUTHENTICATED; signed in with another role → 403 FORBIDDEN; a state-changing route
 * with no entry → 403 (fail closed, and logged: it is a programming error). A user who
 * signed in with a one-time password may only change it.
 */
export function enforceRoutePolicy(
  policies: Readonly<Record<string, RoutePolicy>> = ROUTE_POLICIES,
  logError: (error: unknown) => void = console.error,
): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const path = routeOf(c);
    // Unmatched requests fall through to the 404 handler.
    if (path === null) return next();
    const key = policyKey(c.req.method, path);
    const policy = policies[key];
    const changes = !SAFE_METHODS.has(c.req.method.toUpperCase());
    if (policy === undefined) {
      if (!changes) return next();
      logError(new Error(`route ${key} has no policy in ROUTE_POLICIES: refused`));
      throw new LantuError('FORBIDDEN', '此操作未配置权限，已拒绝');
    }
    if (policy === 'public') return next();
    const user = c.get('user');
    if (user === null) throw new LantuError('UNAUTHENTICATED', '请先登录');
    if (changes && user.must_change_password && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(key)) {
      throw new LantuError('FORBIDDEN', '请先修改初始密码');
    }
    if (policy !== 'signed-in' && !policy.includes(user.role)) {
      throw new LantuError('FORBIDDEN', '当前账号的角色无权进行此操作');
    }
    return next();
  };
}
