import type { JsonValue } from '../json-column.js';

/** The fields whose values differ, as {before, after} objects holding only those fields. */
export interface FieldChanges {
  readonly before: Record<string, JsonValue>;
  readonly after: Record<string, JsonValue>;
}

/**
 * Compares `fields` of two records by their JSON form (so a baseline object compares by
 * value). History keeps only what changed, which is what a reviewer wants to read.
 */
export function fieldChanges<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChanges {
  const changes: FieldChanges = { before: {}, after: {} };
  for (const field of fields) {
    const old = before[field] as JsonValue;
    const now = after[field] as JsonValue;
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    changes.before[field] = old;
    changes.after[field] = now;
  }
  return changes;
}

/** True when nothing changed. */
export function isNoChange(changes: FieldChanges): boolean {
  return Object.keys(changes.after).length === 0;
}
