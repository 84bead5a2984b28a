import { ERROR_CODES } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, EXIT_FILES_FAILED, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-codes.js';

describe('EXIT_CODES', () => {
  it('maps exactly the core error codes', () => {
    expect(Object.keys(EXIT_CODES).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('gives every code a non-zero exit code a shell can carry', () => {
    for (const code of ERROR_CODES) {
      const exit = EXIT_CODES[code];
      expect(Number.isInteger(exit), code).toBe(true);
      expect(exit, code).toBeGreaterThan(EXIT_OK);
      expect(exit, code).toBeLessThan(126); // 126+ mean "not executable", "not found", signals
    }
  });

  it('uses 1 for per-file failures only, and 2 for usage errors', () => {
    const perFile = ERROR_CODES.filter((code) => EXIT_CODES[code] === EXIT_FILES_FAILED);
    expect(perFile.sort()).toEqual([
      'FILE_EMPTY',
      'FILE_TOO_COMPLEX',
      'FILE_TOO_LARGE',
      'FILE_UNREADABLE',
      'UNSUPPORTED_FORMAT',
    ]);
    expect(EXIT_CODES.INPUT_INVALID).toBe(EXIT_USAGE);
  });
});

describe('exitCodeFor', () => {
  it('is 0 without errors and the most serious code otherwise', () => {
    expect(exitCodeFor([])).toBe(EXIT_OK);
    expect(exitCodeFor(['FILE_EMPTY', 'FILE_UNREADABLE'])).toBe(EXIT_FILES_FAILED);
    expect(exitCodeFor(['FILE_EMPTY', 'INTERNAL', 'FILE_UNREADABLE'])).toBe(EXIT_CODES.INTERNAL);
  });
});
