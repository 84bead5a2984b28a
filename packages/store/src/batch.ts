/**
 * Rows per multi-row INSERT. SQLite allows 32766 bound parameters per statement and
 * PostgreSQL 65535; the widest table (items, 28 columns) stays far under both at this size.
 */
export const INSERT_BATCH_ROWS = 200;

/** Splits rows into consecutive slices of at most `size`. */
export function chunk<T>(rows: readonly T[], size: number = INSERT_BATCH_ROWS): T[][] {
  const slices: T[][] = [];
  for (let at = 0; at < rows.length; at += size) slices.push(rows.slice(at, at + size));
  return slices;
}
