import { isLantuError, LantuError } from '@lantu/core';

/** Which integrity rule a database error broke, read from either driver's error code. */
export type ConstraintKind = 'unique' | 'foreign-key' | 'check' | 'not-null';

// better-sqlite3 raises SqliteError with extended result codes; pg errors carry SQLSTATE.
const CODES: Readonly<Record<string, ConstraintKind>> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign-key',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'not-null',
  '23505': 'unique',
  '23503': 'foreign-key',
  '23514': 'check',
  '23502': 'not-null',
};

/** The constraint a database error reports, or null for any other error. */
export function constraintKind(error: unknown): ConstraintKind | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = error.code;
  return typeof code === 'string' ? (CODES[code] ?? null) : null;
}

/**
 * Lets LantuErrors through and turns anything else into INTERNAL, so callers at the edges
 * only ever see the closed set of codes; the database error stays as the cause.
 */
export function asLantuError(error: unknown, what: string): LantuError {
  if (isLantuError(error)) return error;
  const detail = error instanceof Error ? `: ${error.message}` : '';
  return new LantuError('INTERNAL', `${what} failed${detail}`, { cause: error });
}
