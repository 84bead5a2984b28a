import { ERROR_CODES } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { ERROR_STATUS, errorStatus } from './error-status.js';

describe('ERROR_STATUS', () => {
  it('maps every core error code, and nothing else', () => {
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('follows the table in docs/api.md', () => {
    expect(ERROR_STATUS).toEqual({
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
    });
    expect(errorStatus('NOT_FOUND')).toBe(404);
  });
});
