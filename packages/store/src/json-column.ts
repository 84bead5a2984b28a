import type { DialectName } from './dialect-name.js';

/** A value that survives JSON.stringify → JSON.parse unchanged. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };

/** The SQL type of every JSON column: jsonb where the database has it, else text. */
export function jsonColumnType(dialect: DialectName): 'jsonb' | 'text' {
  return dialect === 'postgres' ? 'jsonb' : 'text';
}

/** JSON text for a JSON column. */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value);
}

/** JSON text for a nullable JSON column: SQL null stays SQL null. */
export function encodeNullableJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Parses a JSON column read from either dialect (both return text; see postgres-dialect.ts). */
export function decodeJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** Parses a nullable JSON column. */
export function decodeNullableJson<T>(text: string | null): T | null {
  return text === null ? null : decodeJson<T>(text);
}
