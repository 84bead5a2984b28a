import type { ItemKind } from '@lantu/core';
import { ITEM_PLACE_COLUMNS, toItemPlace, type ItemPlace } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { contains } from './contains.js';

/** A target or milestone with its document and section, before evaluation. */
export type TargetRecord = ItemPlace;

/** The SQL side of a scorecard filter (status is computed, so it is applied later). */
export interface TargetQuery {
  readonly jurisdictions?: readonly string[];
  /** Only these items. */
  readonly ids?: readonly string[];
  readonly documentId?: string;
  /** Only items of these documents (a plan's). */
  readonly documentIds?: readonly string[];
  /** Only items due in this span of years, or undated (a plan's period). */
  readonly yearRange?: readonly [number, number];
  readonly kinds: readonly Extract<ItemKind, 'target' | 'milestone'>[];
  readonly indicator?: string;
  /** Only items linked to some indicator. */
  readonly linkedOnly?: boolean;
  readonly year?: number;
  readonly q?: string;
}

/**
 * Every target (or milestone) matching `query`, with its document and section, in one
 * query; rejected items are left out (a person said they are not targets), and corrected
 * ones come back with their corrected values, since a correction rewrites the row.
 * Ordered by document date (undated last), then document, then reading order.
 *
 * Only document columns stored before `documents.text` are read: SQLite keeps a long
 * text in overflow pages, and a column after it (created_at) would drag every one of
 * them in for every item row.
 */
export async function loadTargetRecords(
  ctx: AppContext,
  query: TargetQuery,
): Promise<TargetRecord[]> {
  let q = ctx.db
    .selectFrom('items')
    .innerJoin('documents', 'documents.id', 'items.document_id')
    .leftJoin('outline_nodes', (join) =>
      join
        .onRef('outline_nodes.document_id', '=', 'items.document_id')
        .onRef('outline_nodes.idx', '=', 'items.section'),
    )
    .selectAll('items')
    .select(ITEM_PLACE_COLUMNS)
    .where('items.kind', 'in', [...query.kinds])
    .where('items.review_state', '!=', 'rejected');
  if (query.jurisdictions !== undefined) {
    q = q.where('items.jurisdiction_code', 'in', [...query.jurisdictions]);
  }
  if (query.ids !== undefined) q = q.where('items.id', 'in', [...query.ids]);
  if (query.documentId !== undefined) q = q.where('items.document_id', '=', query.documentId);
  if (query.documentIds !== undefined) {
    // An empty plan matches nothing (`in ()` is not valid SQL).
    q = q.where('items.document_id', 'in', ['', ...query.documentIds]);
  }
  if (query.yearRange !== undefined) {
    const [from, to] = query.yearRange;
    q = q.where((eb) => eb.or([eb('items.year', 'is', null), eb.between('items.year', from, to)]));
  }
  if (query.indicator !== undefined) q = q.where('items.indicator_code', '=', query.indicator);
  if (query.linkedOnly === true) q = q.where('items.indicator_code', 'is not', null);
  if (query.year !== undefined) q = q.where('items.year', '=', query.year);
  const needle = query.q?.trim() ?? '';
  if (needle !== '') {
    const dialect = ctx.store.dialect;
    q = q.where((eb) =>
      eb.or([
        contains(dialect, eb.ref('items.metric'), needle),
        contains(dialect, eb.ref('items.text'), needle),
      ]),
    );
  }
  const rows = await q.execute();
  const records = rows.map(toItemPlace);
  // Sorted here rather than in SQL: the dialects put NULL dates at opposite ends.
  return records.sort(compareRecords);
}

function compareRecords(a: TargetRecord, b: TargetRecord): number {
  const da = a.document.date;
  const db = b.document.date;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  if (a.document.id !== b.document.id) return a.document.id < b.document.id ? -1 : 1;
  return a.item.idx - b.item.idx;
}
