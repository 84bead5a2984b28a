import type { OutlineEntry } from '@lantu/core';
import type { Selectable } from 'kysely';
import type { OutlineNodesTable } from '../schema.js';

/** Core OutlineEntry at position `idx` of a document → row. */
export function outlineRow(
  documentId: string,
  idx: number,
  entry: OutlineEntry,
): OutlineNodesTable {
  return {
    document_id: documentId,
    idx,
    level: entry.level,
    label: entry.label,
    title: entry.title,
    start: entry.start,
    end: entry.end,
  };
}

/** Row → core OutlineEntry. */
export function toOutlineEntry(row: Selectable<OutlineNodesTable>): OutlineEntry {
  return { level: row.level, label: row.label, title: row.title, start: row.start, end: row.end };
}
