import type { ErrorCode } from '@lantu/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorStatus } from './error-status.js';
import type { ErrorBody } from './schemas/error.js';

/**
 * Answers `{ error: { code, message } }` with the code's status, or with `status` where the
 * transport decides it (413 for a body over the limit is INPUT_INVALID on the wire).
 */
export function errorResponse(
  c: Context,
  error: { readonly code: ErrorCode; readonly message: string },
  status: ContentfulStatusCode = errorStatus(error.code),
): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  return c.json(body, status);
}
