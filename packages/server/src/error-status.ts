import type { ErrorCode } from '@lantu/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The one mapping from core's closed error codes to HTTP statuses (docs/api.md). A `Record`
 * over the union, so a code added to core without a status here fails to compile.
 */
export const ERROR_STATUS = {
  INPUT_INVALID: 400,
  MANIFEST_INVALID: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  FILE_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  FILE_TOO_COMPLEX: 422,
  UNSUPPORTED_FORMAT: 415,
  FILE_EMPTY: 422,
  FILE_UNREADABLE: 422,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

/** The HTTP status for an error code. */
export function errorStatus(code: ErrorCode): ContentfulStatusCode {
  return ERROR_STATUS[code];
}
