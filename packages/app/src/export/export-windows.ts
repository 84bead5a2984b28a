import type { StatusGroup, StatusGroupKey, StatusKeyValue } from '@lantu/store';
import {
  compareSortValues,
  STATUS_SEVERITY,
  type ExportDirection,
  type ExportSort,
} from './export-order.js';

/**
 * One read of an export: every row of some documents (and key values), few enough to sort
 * in memory, or one document's rows for one key value, too many for one read, paged by
 * their reading-order index.
 */
export type ExportWindow =
  | {
      readonly kind: 'whole';
      readonly documents: readonly string[];
      /** Only rows with one of these key values (every row when undefined). */
      readonly keys?: readonly StatusKeyValue[];
      readonly count: number;
    }
  | {
      readonly kind: 'paged';
      readonly document: string;
      readonly keys?: readonly StatusKeyValue[];
      readonly count: number;
    };

/** How an export is read: the key its rows are grouped by, the reads, and their order. */
export interface ExportPlan {
  readonly by: StatusGroupKey | undefined;
  readonly windows: readonly ExportWindow[];
  /** Rank of a key value (0 for every row when `by` is undefined). */
  readonly keyRank: (key: StatusKeyValue) => number;
  /** Rank of a document: the scorecard's order, or by title for the document sort. */
  readonly documentRank: (document: string) => number;
}

/** How big one read may be: rows, and documents named in one `in (…)`. */
export interface WindowLimits {
  readonly rows: number;
  readonly documents: number;
}

/** The sort keys the store groups and filters by; document and none need no key. */
export function groupKeyOf(sort: ExportSort | undefined): StatusGroupKey | undefined {
  return sort === 'status' || sort === 'year' || sort === 'metric' ? sort : undefined;
}

interface DocumentEntry {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
}

/** The scorecard's order of documents: by date, undated last, then by id. */
function scorecardOrder(a: DocumentEntry, b: DocumentEntry): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A key value as the screen compares it (a status by its severity). */
function keySortValue(by: StatusGroupKey, key: StatusKeyValue): number | string | null {
  if (by === 'status') return STATUS_SEVERITY[key as keyof typeof STATUS_SEVERITY];
  return key;
}

/** Consecutive documents (of one key value, or of none) packed into reads. */
function packDocuments(
  entries: readonly { readonly document: string; readonly count: number }[],
  keys: readonly StatusKeyValue[] | undefined,
  limits: WindowLimits,
): ExportWindow[] {
  const windows: ExportWindow[] = [];
  let documents: string[] = [];
  let count = 0;
  const flush = (): void => {
    if (documents.length > 0) windows.push({ kind: 'whole', documents, keys, count });
    documents = [];
    count = 0;
  };
  for (const entry of entries) {
    if (entry.count > limits.rows) {
      flush();
      windows.push({ kind: 'paged', document: entry.document, keys, count: entry.count });
      continue;
    }
    if (count + entry.count > limits.rows || documents.length >= limits.documents) flush();
    documents.push(entry.document);
    count += entry.count;
  }
  flush();
  return windows;
}

/** Groups of one document and key value as one, whatever their statuses. */
function mergeStatuses(groups: readonly StatusGroup[]): StatusGroup[] {
  const merged = new Map<string, StatusGroup>();
  for (const g of groups) {
    const id = `${g.document_id}\u0000${typeof g.key}\u0000${String(g.key)}`;
    const seen = merged.get(id);
    merged.set(id, seen === undefined ? g : { ...seen, count: seen.count + g.count });
  }
  return [...merged.values()];
}

/**
 * Plans the reads of an export from its groups (rows counted per document and key value):
 * key values in the screen's order, then documents in the scorecard's order, then reading
 * order. Small key values are read together (all of their documents at once, so a read
 * holds exactly their rows); a large one is read a few documents at a time. What is held
 * in memory is the groups, not the rows.
 */
export function planExport(
  counted: readonly StatusGroup[],
  sort: ExportSort | undefined,
  direction: ExportDirection,
  limits: WindowLimits,
): ExportPlan {
  const by = groupKeyOf(sort);
  const groups = mergeStatuses(counted);
  const entries = new Map<string, DocumentEntry>();
  for (const g of groups) {
    entries.set(g.document_id, {
      id: g.document_id,
      title: g.document_title,
      date: g.document_date,
    });
  }
  const documents = [...entries.values()].sort(scorecardOrder);
  if (sort === 'document') {
    // Stable: documents of one title keep the scorecard's order.
    documents.sort((a, b) => compareSortValues(a.title, b.title, direction));
  }
  const documentRanks = new Map(documents.map((d, rank) => [d.id, rank]));
  const documentRank = (id: string): number => documentRanks.get(id) ?? documentRanks.size;
  if (by === undefined) {
    const counts = new Map<string, number>();
    for (const g of groups) counts.set(g.document_id, (counts.get(g.document_id) ?? 0) + g.count);
    const ordered = documents.map((d) => ({ document: d.id, count: counts.get(d.id) ?? 0 }));
    return {
      by,
      windows: packDocuments(ordered, undefined, limits),
      keyRank: () => 0,
      documentRank,
    };
  }
  const byKey = new Map<StatusKeyValue, StatusGroup[]>();
  for (const g of groups) {
    const list = byKey.get(g.key);
    if (list === undefined) byKey.set(g.key, [g]);
    else list.push(g);
  }
  const keys = [...byKey.keys()].sort((a, b) =>
    compareSortValues(keySortValue(by, a), keySortValue(by, b), direction),
  );
  const keyRanks = new Map(keys.map((k, rank) => [k, rank]));
  const windows: ExportWindow[] = [];
  let small: { keys: StatusKeyValue[]; documents: Set<string>; count: number } | undefined;
  const flushSmall = (): void => {
    if (small !== undefined) {
      const { keys: smallKeys, documents: docs, count } = small;
      windows.push({ kind: 'whole', documents: [...docs], keys: smallKeys, count });
    }
    small = undefined;
  };
  for (const key of keys) {
    const mine = (byKey.get(key) ?? []).sort(
      (a, b) => documentRank(a.document_id) - documentRank(b.document_id),
    );
    const count = mine.reduce((sum, g) => sum + g.count, 0);
    if (count <= limits.rows && mine.length <= limits.documents) {
      const docs = new Set([...(small?.documents ?? []), ...mine.map((g) => g.document_id)]);
      if (
        small !== undefined &&
        (small.count + count > limits.rows || docs.size > limits.documents)
      ) {
        flushSmall();
      }
      small ??= { keys: [], documents: new Set(), count: 0 };
      small.keys.push(key);
      for (const g of mine) small.documents.add(g.document_id);
      small.count += count;
      continue;
    }
    flushSmall();
    const entries = mine.map((g) => ({ document: g.document_id, count: g.count }));
    windows.push(...packDocuments(entries, [key], limits));
  }
  flushSmall();
  return { by, windows, keyRank: (key) => keyRanks.get(key) ?? keyRanks.size, documentRank };
}
