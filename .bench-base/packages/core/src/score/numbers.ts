/** Relative tolerance for comparing numbers read from text (1e-9). */
export const RELATIVE_TOLERANCE = 1e-9;

/**
 * Equality of two optional numbers: null equals null, a number never equals
 * null, and two numbers are equal within a relative tolerance so that
 * 2693.3 * 1e8 computed two ways still agrees.
 */
export function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}
