import type { LantuApp } from '@lantu/app';
import type { TargetStatus } from '@lantu/core';
import type { ItemsQuery } from '../schemas/items-page.js';

type StoredItem = Awaited<ReturnType<LantuApp['store']['items']['list']>>[number];

/** An item with where it stands; null for items the scorecard does not rate. */
export type ItemWithStatus = StoredItem & { readonly status: TargetStatus | null };

/**
 * `GET /api/items`: the store's item list joined with the scorecard's statuses. The status
 * filter and paging apply after the join, because a status is computed, not stored.
 */
export async function listItemsWithStatus(
  app: LantuApp,
  query: ItemsQuery,
): Promise<{ total: number; items: ItemWithStatus[] }> {
  const [items, scorecard] = await Promise.all([
    app.store.items.list({
      documentId: query.document,
      section: query.section,
      kind: query.kind,
      indicatorCode: query.indicator,
      year: query.year,
      reviewState: query.review_state,
    }),
    app.scorecard(query.document === undefined ? {} : { documentId: query.document }),
  ]);
  const statusOf = new Map(scorecard.rows.map((row) => [row.item.id, row.status]));
  const joined = items.map((item) => ({ ...item, status: statusOf.get(item.id) ?? null }));
  const matching =
    query.status === undefined
      ? joined
      : joined.filter((item) => item.status?.status === query.status);
  const offset = query.offset ?? 0;
  const end = query.limit === undefined ? undefined : offset + query.limit;
  return { total: matching.length, items: matching.slice(offset, end) };
}
