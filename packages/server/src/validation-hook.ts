import type { OpenAPIHonoOptions, z } from '@hono/zod-openapi';
import type { ServerEnv } from './auth/server-env.js';
import { errorResponse } from './error-response.js';

/**
 * Turns a failed request validation into a 400 INPUT_INVALID naming each bad value, e.g.
 * `query.limit: Too big: expected number to be <=10000`.
 */
export const validationHook: NonNullable<OpenAPIHonoOptions<ServerEnv>['defaultHook']> = (
  result,
  c,
) => {
  if (result.success) return undefined;
  return errorResponse(c, {
    code: 'INPUT_INVALID',
    message: describeIssues(result.target, result.error),
  });
};

/** `target.path: message` for each issue, joined with `; `. */
export function describeIssues(target: string, error: z.ZodError): string {
  const where = target === 'json' ? 'body' : target;
  return error.issues
    .map((issue) => {
      const path = [where, ...issue.path.map(String)].join('.');
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}
