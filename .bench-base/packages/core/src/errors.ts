/**
 * The closed set of error codes. Edges map each code exactly once: the server
 * to an HTTP status, the CLI to an exit code (a missing mapping fails to compile).
 */
export const ERROR_CODES = [
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'UNSUPPORTED_FORMAT',
  'MANIFEST_INVALID',
  'INPUT_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  /** No signed-in user where one is needed. */
  'UNAUTHENTICATED',
  /** The signed-in user's role or unit may not do this. */
  'FORBIDDEN',
  /** Too many attempts (sign-in, uploads); try again later. */
  'RATE_LIMITED',
  /** An upload over the size limit. */
  'FILE_TOO_LARGE',
  /** A file that exceeds a reading limit (inflated size, pages, nesting, time, memory). */
  'FILE_TOO_COMPLEX',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class LantuError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LantuError';
    this.code = code;
  }
}

export function isLantuError(value: unknown): value is LantuError {
  return value instanceof LantuError;
}

/** Per-item outcome for batch work: expected failures are data, not exceptions. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };
