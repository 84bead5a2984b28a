import type { Selectable } from 'kysely';
import { decodeNullableJson, encodeNullableJson, type JsonValue } from '../json-column.js';
import type { ChangeAuthor, HistoryEntity, HistoryEntry } from '../records.js';
import type { HistoryTable } from '../schema.js';

/** What a caller supplies for a new history entry; the id is the database's. */
export type NewHistoryEntry = Omit<HistoryEntry, 'id' | 'actor' | 'actor_id'> & {
  readonly actor: ChangeAuthor;
};

/** The name and id history keeps of who made a change. */
export function authorColumns(author: ChangeAuthor): { actor: string; actor_id: string | null } {
  return typeof author === 'string'
    ? { actor: author, actor_id: null }
    : { actor: author.name, actor_id: author.userId };
}

/** The display name of who made a change. */
export function authorName(author: ChangeAuthor): string {
  return typeof author === 'string' ? author : author.name;
}

/** New entry → row. */
export function historyRow(entry: NewHistoryEntry): Omit<HistoryTable, 'id'> {
  return {
    entity: entry.entity,
    entity_id: entry.entity_id,
    action: entry.action,
    ...authorColumns(entry.actor),
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
    actor_id: row.actor_id,
    at: row.at,
    before: decodeNullableJson<JsonValue>(row.before),
    after: decodeNullableJson<JsonValue>(row.after),
  };
}
