import type { LantuApp } from '@lantu/app';
import type { TargetStatus } from '@lantu/core';
import type { ItemsQuery } from '../schemas/items-page.js';
import { pageOf } from '../schemas/query.js';

type StoredItem = Awaited<ReturnType<LantuApp['store']['items']['list']>>[number];

/** An item with where it stands; null for items the scorecard does not rate. */
export type ItemWithStatus = StoredItem & { readonly status: TargetStatus | null };

/**
 * `GET /api/items`: one page of the store's item list (50 rows unless `limit` says
 * otherwise, at most 200) with the scorecard's statuses. Without a status filter, the page
 * and its count are read by SQL and only the page's statuses are looked up (stored ones,
 * else the document's scorecard), so the cost follows the page, not the document. A status
 * filter needs every status of the filtered items, since a status is computed.
 */
export async function listItemsWithStatus(
  app: LantuApp,
  query: ItemsQuery,
): Promise<{ total: number; items: ItemWithStatus[] }> {
  const page = pageOf(query);
  const filter = {
    documentId: query.document,
    section: query.section,
    kind: query.kind,
    indicatorCode: query.indicator,
    year: query.year,
    reviewState: query.review_state,
  };
  if (query.status === undefined) {
    const [items, total] = await Promise.all([
      app.store.items.list({ ...filter, ...page }),
      app.store.items.count(filter),
    ]);
    const statusOf = await pageStatuses(app, items, query.document);
    return {
      total,
      items: items.map((item) => ({ ...item, status: statusOf.get(item.id) ?? null })),
    };
  }
  const [items, scorecard] = await Promise.all([
    app.store.items.list(filter),
    app.scorecard(query.document === undefined ? {} : { documentId: query.document }),
  ]);
  const statusOf = new Map(scorecard.rows.map((row) => [row.item.id, row.status]));
  const matching = items
    .map((item) => ({ ...item, status: statusOf.get(item.id) ?? null }))
    .filter((item) => item.status?.status === query.status);
  return {
    total: matching.length,
    items: matching.slice(page.offset, page.offset + page.limit),
  };
}

/** Whether the scorecard rates the item (a target or milestone nobody rejected). */
function rated(item: StoredItem): boolean {
  return (item.kind === 'target' || item.kind === 'milestone') && item.review_state !== 'rejected';
}

/** The statuses of a page's items: stored ones when all are stored, else computed. */
async function pageStatuses(
  app: LantuApp,
  items: readonly StoredItem[],
  document: string | undefined,
): Promise<ReadonlyMap<string, TargetStatus>> {
  const wanted = items.filter(rated).map((item) => item.id);
  if (wanted.length === 0) return new Map();
  const stored = await app.store.statuses.forItems(wanted, app.asOf);
  if (wanted.every((id) => stored.has(id))) return stored;
  const scorecard = await app.scorecard(document === undefined ? {} : { documentId: document });
  return new Map(scorecard.rows.map((row) => [row.item.id, row.status]));
}
