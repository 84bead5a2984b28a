import { LantuError, isLantuError } from '@lantu/core';

/**
 * Normalises anything thrown into a LantuError. Anything that is not already
 * one was unexpected, so it becomes INTERNAL with the original as its cause.
 */
export function toLantuError(error: unknown): LantuError {
  if (isLantuError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new LantuError('INTERNAL', message, { cause: error });
}

/** The message of a Node fs error, without the syscall noise when a code is known. */
export function describeFsError(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    const known: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
      ENOTDIR: 'not a directory',
    };
    return known[error.code] ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
