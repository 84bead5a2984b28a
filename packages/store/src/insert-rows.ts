import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Bound parameters per multi-row INSERT: under SQLite's 32,766 and PostgreSQL's 65,535, so
 * one statement carries about a thousand rows of the widest table (items, 32 columns).
 */
export const MAX_INSERT_PARAMETERS = 30_000;

/** Rows of `columns` columns that fit one statement. */
export function rowsPerInsert(columns: number): number {
  return Math.max(1, Math.floor(MAX_INSERT_PARAMETERS / Math.max(1, columns)));
}

/**
 * Inserts many rows of one table in as few statements as the parameter limits allow.
 * Kysely builds the statement text once per batch size (one full size and the last,
 * shorter one) and the values are bound straight from the rows, instead of Kysely parsing
 * every row's object into a query tree (for 66,000 items, more time than SQLite's own
 * work on them); the SQLite driver then prepares each statement text once (see
 * sqlite-dialect.ts). Rows whose columns differ (a value left undefined, which Kysely
 * writes as the column's default) go in through Kysely's ordinary path.
 */
export async function insertRows<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = sameColumns(rows);
  if (columns === null) {
    const size = rowsPerInsert(allColumns(rows));
    for (let at = 0; at < rows.length; at += size) {
      await db
        .insertInto(table)
        .values(rows.slice(at, at + size))
        .execute();
    }
    return;
  }
  const size = rowsPerInsert(columns.length);
  const statements = new Map<number, string>();
  for (let at = 0; at < rows.length; at += size) {
    const batch = rows.slice(at, at + size) as readonly Record<string, unknown>[];
    let text = statements.get(batch.length);
    if (text === undefined) {
      text = insertText(db, table, columns, batch.length);
      statements.set(batch.length, text);
    }
    const parameters: unknown[] = [];
    for (const row of batch) for (const column of columns) parameters.push(row[column]);
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}

/** The INSERT text for `count` rows of `columns`, in the connection's dialect. */
function insertText(
  db: Kysely<Database>,
  table: keyof Database,
  columns: readonly string[],
  count: number,
): string {
  const placeholder = Object.fromEntries(columns.map((column) => [column, null]));
  const compiled = db
    .insertInto(table)
    .values(Array.from({ length: count }, () => placeholder))
    .compile();
  // Every value must be a bound parameter, in row-major column order, for the binding above.
  if (compiled.parameters.length !== columns.length * count) {
    throw new Error(`insertRows: ${table} compiled to an unexpected statement`);
  }
  return compiled.sql;
}

/** The columns every row gives a value for, in the first row's order; null if rows differ. */
function sameColumns(rows: readonly Record<string, unknown>[]): string[] | null {
  const first = rows[0];
  if (first === undefined) return null;
  const columns = Object.keys(first).filter((key) => first[key] !== undefined);
  for (const row of rows) {
    let defined = 0;
    for (const key in row) if (row[key] !== undefined) defined += 1;
    if (defined !== columns.length) return null;
    for (const column of columns) if (row[column] === undefined) return null;
  }
  return columns;
}

/** How many distinct columns the rows name: Kysely binds that many values per row. */
function allColumns(rows: readonly Record<string, unknown>[]): number {
  const names = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) names.add(key);
  return names.size;
}
