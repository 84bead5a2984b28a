import type { ErrorCode } from '@lantu/core';

/** Every file was read and its output written. */
export const EXIT_OK = 0;
/** Some input files could not be read; the others were processed. */
export const EXIT_FILES_FAILED = 1;
/** Bad command line: unknown option, invalid flag value, clashing outputs. */
export const EXIT_USAGE = 2;

/**
 * The exit code for each core error code. A `Record` over the closed union, so
 * a code added to core fails to compile here until it is given an exit code.
 * Per-file problems share EXIT_FILES_FAILED because the run carries on past
 * them; the rest stop the run, and each gets its own code so scripts can tell
 * them apart. INTERNAL uses 70, sysexits' EX_SOFTWARE.
 */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  FILE_UNREADABLE: EXIT_FILES_FAILED,
  FILE_EMPTY: EXIT_FILES_FAILED,
  UNSUPPORTED_FORMAT: EXIT_FILES_FAILED,
  INPUT_INVALID: EXIT_USAGE,
  MANIFEST_INVALID: 3,
  NOT_FOUND: 4,
  CONFLICT: 5,
  UNAUTHENTICATED: 6,
  FORBIDDEN: 6,
  RATE_LIMITED: 7,
  FILE_TOO_LARGE: EXIT_FILES_FAILED,
  FILE_TOO_COMPLEX: EXIT_FILES_FAILED,
  INTERNAL: 70,
};

/**
 * The exit code for a run that hit the given errors: the highest mapped code,
 * so an internal failure is never masked by an ordinary unreadable file.
 */
export function exitCodeFor(codes: Iterable<ErrorCode>): number {
  let exit = EXIT_OK;
  for (const code of codes) exit = Math.max(exit, EXIT_CODES[code]);
  return exit;
}
