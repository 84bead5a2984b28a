import { LantuError } from '@lantu/core';
import type { AssignmentSubjectType, StoredItem, StoredReading } from '@lantu/store';
import type { AppContext } from '../app-context.js';

/** What an assignment is about, resolved: its document, its words, and the items it covers. */
export interface ResolvedSubject {
  readonly type: AssignmentSubjectType;
  readonly id: string;
  readonly documentId: string;
  readonly title: string;
  /** Targets and milestones the subject covers (itself for an item; those under a section). */
  readonly items: readonly StoredItem[];
}

const TRACKED = new Set(['target', 'milestone']);

/**
 * Resolves a subject: an item id; a section as `<documentId>#<outline idx>` (it covers the
 * targets and milestones in that section and the sections under it); a framework part as
 * `<frameworkId>#<part idx>` (it covers no item: reports on it are words and evidence).
 */
export async function resolveSubject(
  ctx: AppContext,
  type: AssignmentSubjectType,
  id: string,
): Promise<ResolvedSubject> {
  switch (type) {
    case 'item': {
      const item = await ctx.store.items.get(id);
      if (!TRACKED.has(item.kind)) {
        throw new LantuError(
          'INPUT_INVALID',
          `只能交办目标或任务，“${item.metric}”是实绩 (an actual cannot be assigned)`,
        );
      }
      return { type, id, documentId: item.document_id, title: item.metric, items: [item] };
    }
    case 'section': {
      const { documentId, idx } = splitId(id);
      const reading = await ctx.store.documents.getReading(documentId);
      const entry = reading.outline[idx];
      if (entry === undefined) throw new LantuError('NOT_FOUND', `没有该章节 (no section ${id})`);
      return {
        type,
        id,
        documentId,
        title: `${entry.label}${entry.title}`,
        items: itemsUnderSection(reading, idx),
      };
    }
    case 'framework-part': {
      const { documentId: frameworkId, idx } = splitId(id);
      const row = await ctx.db
        .selectFrom('framework_parts')
        .innerJoin('frameworks', 'frameworks.id', 'framework_parts.framework_id')
        .select(['frameworks.document_id', 'frameworks.name', 'framework_parts.label'])
        .where('framework_parts.framework_id', '=', frameworkId)
        .where('framework_parts.idx', '=', idx)
        .executeTakeFirst();
      if (row === undefined)
        throw new LantuError('NOT_FOUND', `没有该框架部分 (no framework part ${id})`);
      return {
        type,
        id,
        documentId: row.document_id,
        title: `${row.name}：${row.label}`,
        items: [],
      };
    }
  }
}

function splitId(id: string): { documentId: string; idx: number } {
  const at = id.lastIndexOf('#');
  const idx = Number(id.slice(at + 1));
  if (at <= 0 || !Number.isInteger(idx) || idx < 0) {
    throw new LantuError('INPUT_INVALID', `“${id}” 不是 <id>#<序号> (expected <id>#<index>)`);
  }
  return { documentId: id.slice(0, at), idx };
}

/** Targets and milestones in outline entry `idx` and in the entries nested under it. */
export function itemsUnderSection(reading: StoredReading, idx: number): StoredItem[] {
  const entry = reading.outline[idx];
  if (entry === undefined) return [];
  let end = reading.outline.length;
  for (let next = idx + 1; next < reading.outline.length; next++) {
    if ((reading.outline[next]?.level ?? 0) <= entry.level) {
      end = next;
      break;
    }
  }
  return reading.items.filter(
    (item) =>
      TRACKED.has(item.kind) && item.section !== null && item.section >= idx && item.section < end,
  );
}
