import type { Selectable } from 'kysely';
import { decodeNullableJson, encodeNullableJson, type JsonValue } from '../json-column.js';
import type { HistoryEntity, HistoryEntry } from '../records.js';
import type { HistoryTable } from '../schema.js';

/** What a caller supplies for a new history entry; the id is the database's. */
export type NewHistoryEntry = Omit<HistoryEntry, 'id'>;

/** New entry → row. */
export function historyRow(entry: NewHistoryEntry): Omit<HistoryTable, 'id'> {
  return {
    entity: entry.entity,
    entity_id: entry.entity_id,
    action: entry.action,
    actor: entry.actor,
    at: entry.at,
    before: encodeNullableJson(entry.before),
    after: encodeNullableJson(entry.after),
  };
}

/** Row → HistoryEntry. */
export function toHistoryEntry(row: Selectable<HistoryTable>): HistoryEntry {
  return {
    id: row.id,
    entity: row.entity as HistoryEntity,
    entity_id: row.entity_id,
    action: row.action,
    actor: row.actor,
    at: row.at,
    before: decodeNullableJson<JsonValue>(row.before),
    after: decodeNullableJson<JsonValue>(row.after),
  };
}
