import { LantuError, type StatusCode } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import { refreshStatuses } from '../statuses/refresh-statuses.js';
import type { SearchHit } from '../types.js';
import { findAll } from './find-all.js';
import { matchingDocuments, matchingItems, SEARCH_CANDIDATES } from './search-index.js';
import { originalSpan, searchSnippet, toSearchNeedle, toSearchText } from './search-text.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

export interface SearchOptions {
  readonly limit?: number;
  /** Hits to skip (paging); at most `SEARCH_CANDIDATES` hits are ever ranked. */
  readonly offset?: number;
}

/**
 * Substring search (Chinese has no spaces to split words on). Items come first, since they
 * are the more precise: their metrics and texts through the store's full-text index (SQLite
 * FTS5 trigram, PostgreSQL pg_trgm), ranked, with their deadline and stored status. Then
 * documents as a reader sees them: a print's line breaks, spaces around numbers and Markdown
 * emphasis do not stop a match (search-text.ts), and every hit maps back to the exact
 * original characters; a document hit inside the span of an item hit is not repeated.
 * The work is bounded: at most `SEARCH_CANDIDATES` items and documents per query.
 */
export async function search(
  ctx: AppContext,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new LantuError(
      'INPUT_INVALID',
      `搜索：每页条数应为 1 到 ${MAX_LIMIT} 的整数 (search: limit must be an integer from 1 to ${MAX_LIMIT})`,
    );
  }
  if (!Number.isInteger(offset) || offset < 0 || offset > SEARCH_CANDIDATES) {
    throw new LantuError(
      'INPUT_INVALID',
      `搜索：跳过条数应为 0 到 ${SEARCH_CANDIDATES} 的整数 (search: offset must be from 0 to ${SEARCH_CANDIDATES})`,
    );
  }
  const needle = toSearchNeedle(query);
  if (needle === '') return [];
  const wanted = offset + limit;

  const items = await matchingItems(ctx, needle, wanted);
  const hits: SearchHit[] = items.map((item) => {
    const normal = toSearchText(item.text);
    const inText = findAll(normal.text, needle, 1)[0];
    // Matched in the metric only (metrics are normalised): point at the whole item.
    const span = inText === undefined ? null : originalSpan(normal, inText.start, inText.end);
    return {
      type: 'item',
      document_id: item.document_id,
      document_title: item.title,
      item_id: item.id,
      snippet: inText === undefined ? normal.text : searchSnippet(normal, inText.start, inText.end),
      start: span === null ? item.start : item.start + span.start,
      end: span === null ? item.end : item.start + span.end,
      deadline: null,
      status: null,
    };
  });
  await addDeadlinesAndStatuses(ctx, hits);
  if (hits.length >= wanted) return hits.slice(offset, wanted);

  const indexed = await matchingDocuments(ctx, needle, wanted - hits.length);
  addDocumentHits(hits, indexed, needle, wanted);
  if (hits.length < wanted) {
    addDocumentHits(hits, await unindexedCandidates(ctx, indexed), needle, wanted);
  }
  return hits.slice(offset, wanted);
}

/** Document hits (normalised text, original offsets) not inside an item hit, up to `wanted`. */
function addDocumentHits(
  hits: SearchHit[],
  documents: readonly { readonly id: string; readonly title: string; readonly text: string }[],
  needle: string,
  wanted: number,
): void {
  for (const document of documents) {
    const covered = hits.filter((h) => h.document_id === document.id);
    const normal = toSearchText(document.text);
    for (const match of findAll(normal.text, needle, wanted - hits.length + covered.length)) {
      const span = originalSpan(normal, match.start, match.end);
      if (covered.some((h) => span.start >= h.start && span.end <= h.end)) continue;
      hits.push({
        type: 'document',
        document_id: document.id,
        document_title: document.title,
        item_id: null,
        snippet: searchSnippet(normal, match.start, match.end),
        start: span.start,
        end: span.end,
      });
      if (hits.length >= wanted) return;
    }
  }
}

/**
 * The index holds the text as printed, so a phrase broken by a print's line break is not in
 * it; the other documents are read in their normalised form instead, newest first, at most
 * `SEARCH_CANDIDATES` documents in all, so the work stays bounded however big the store.
 */
async function unindexedCandidates(
  ctx: AppContext,
  indexed: readonly { readonly id: string }[],
): Promise<{ id: string; title: string; text: string }[]> {
  const room = SEARCH_CANDIDATES - indexed.length;
  if (room <= 0) return [];
  const seen = indexed.map((d) => d.id);
  let query = ctx.db.selectFrom('documents').select(['id', 'title', 'text']);
  if (seen.length > 0) query = query.where('id', 'not in', seen);
  return query.orderBy('created_at', 'desc').orderBy('id').limit(room).execute();
}

/** Targets' and milestones' deadlines (their year); actuals have none. */
async function addDeadlinesAndStatuses(ctx: AppContext, hits: SearchHit[]): Promise<void> {
  const ids = hits.flatMap((h) => (h.item_id ? [h.item_id] : []));
  if (ids.length === 0) return;
  const rows = await ctx.db
    .selectFrom('items')
    .select(['id', 'kind', 'year'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (let i = 0; i < hits.length; i += 1) {
    const hit = hits[i];
    const row = hit?.item_id ? byId.get(hit.item_id) : undefined;
    if (hit && row) hits[i] = { ...hit, deadline: row.kind === 'actual' ? null : row.year };
  }
  await addStatuses(ctx, hits);
}

/** Fills in the statuses stored for the app's date (refreshed when missing); null where none is. */
async function addStatuses(ctx: AppContext, hits: SearchHit[]): Promise<void> {
  const ids = hits.flatMap((h) =>
    h.type === 'item' && h.deadline !== null && h.item_id ? [h.item_id] : [],
  );
  if (ids.length === 0) return;
  const read = () =>
    ctx.db
      .selectFrom('target_statuses')
      .select(['item_id', 'status'])
      .where('as_of', '=', ctx.asOf)
      .where('item_id', 'in', ids)
      .execute();
  let rows = await read();
  const storedToday = async () =>
    (await ctx.db
      .selectFrom('target_statuses')
      .select('item_id')
      .where('as_of', '=', ctx.asOf)
      .limit(1)
      .executeTakeFirst()) !== undefined;
  if (rows.length < ids.length && !(await storedToday())) {
    // Not stored for today (or dropped by a write): store them once, as the scorecard would.
    await refreshStatuses(ctx);
    rows = await read();
  }
  const byId = new Map(rows.map((r) => [r.item_id, r.status as StatusCode]));
  for (let i = 0; i < hits.length; i += 1) {
    const hit = hits[i];
    if (hit?.item_id && byId.has(hit.item_id))
      hits[i] = { ...hit, status: byId.get(hit.item_id) ?? null };
  }
}
