import type { Framework, FrameworkPart } from '@lantu/core';
import type { Selectable } from 'kysely';
import { decodeJson, encodeJson } from '../json-column.js';
import type { FrameworkPartsTable, FrameworksTable } from '../schema.js';

/** Core Framework → its row and its parts' rows. */
export function frameworkRows(
  ids: { readonly id: string; readonly documentId: string; readonly idx: number },
  framework: Framework,
): { framework: FrameworksTable; parts: FrameworkPartsTable[] } {
  return {
    framework: {
      id: ids.id,
      document_id: ids.documentId,
      idx: ids.idx,
      name: framework.name,
      text: framework.text,
      start: framework.start,
      end: framework.end,
    },
    parts: framework.parts.map((part, idx) => ({
      framework_id: ids.id,
      idx,
      count: part.count,
      label: part.label,
      items: encodeJson(part.items),
    })),
  };
}

/** A framework row and its part rows (in order) → core Framework. */
export function toFramework(
  row: Selectable<FrameworksTable>,
  parts: readonly Selectable<FrameworkPartsTable>[],
): Framework {
  return {
    name: row.name,
    text: row.text,
    parts: parts.map((part): FrameworkPart => ({
      count: part.count,
      label: part.label,
      items: decodeJson<string[]>(part.items),
    })),
    start: row.start,
    end: row.end,
  };
}
