import { LantuError, type Actor } from '@lantu/core';
import type { Context } from 'hono';
import type { ServerEnv } from './server-env.js';

/**
 * The signed-in person of a request on a route whose policy requires one. The policy
 * middleware has refused visitors already; this states it for the type checker and fails
 * closed should a route's policy ever be loosened by mistake.
 */
export function signedInActor(c: Context<ServerEnv>): Actor {
  const actor = c.get('actor');
  if (actor === null) throw new LantuError('UNAUTHENTICATED', '请先登录');
  return actor;
}
