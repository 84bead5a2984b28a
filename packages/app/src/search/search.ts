import { LantuError, type StatusCode } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import { contains } from '../scorecard/contains.js';
import { refreshStatuses } from '../statuses/refresh-statuses.js';
import type { SearchHit } from '../types.js';
import { findAll } from './find-all.js';
import { originalSpan, searchSnippet, toSearchNeedle, toSearchText } from './search-text.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

interface Match {
  readonly start: number;
  readonly end: number;
  readonly snippet: string;
}

/**
 * Substring search (Chinese has no spaces to split words on) over document texts as a reader
 * sees them: a print's line breaks, spaces around numbers and Markdown emphasis do not stop a
 * match (search-text.ts), and every hit maps back to the exact original characters.
 * Item hits come first, since they are the more precise: items whose span holds a match, and
 * items whose (normalised) metric contains the query; a document hit inside the span of an
 * item hit already returned is not repeated. Item hits on targets and milestones carry their
 * deadline and their stored status. An empty query finds nothing.
 *
 * The texts are scanned in memory rather than with SQL LIKE, which cannot see across a line
 * break; a city's plans are a few MB at most.
 */
export async function search(
  ctx: AppContext,
  query: string,
  options: { readonly limit?: number } = {},
): Promise<SearchHit[]> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new LantuError(
      'INPUT_INVALID',
      `search: limit must be an integer from 1 to ${MAX_LIMIT}`,
    );
  }
  const needle = toSearchNeedle(query);
  if (needle === '') return [];

  const documents = await ctx.db
    .selectFrom('documents')
    .select(['id', 'title', 'text'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const matches = new Map<string, Match[]>();
  for (const document of documents) {
    const normal = toSearchText(document.text);
    const found = findAll(normal.text, needle, Number.MAX_SAFE_INTEGER).map((m) => ({
      ...originalSpan(normal, m.start, m.end),
      snippet: searchSnippet(normal, m.start, m.end),
    }));
    if (found.length > 0) matches.set(document.id, found);
  }
  const titles = new Map(documents.map((d) => [d.id, d.title]));

  const dialect = ctx.store.dialect;
  const byMetric = await ctx.db
    .selectFrom('items')
    .select('id')
    .where('review_state', '!=', 'rejected')
    .where((eb) => contains(dialect, eb.ref('metric'), needle))
    .execute();
  const metricIds = new Set(byMetric.map((r) => r.id));
  const matchedIds = [...matches.keys()];
  const candidateIds = [...metricIds];
  const items =
    matchedIds.length === 0 && candidateIds.length === 0
      ? []
      : await ctx.db
          .selectFrom('items')
          .select(['id', 'document_id', 'kind', 'text', 'start', 'end', 'year'])
          .where('review_state', '!=', 'rejected')
          .where((eb) =>
            eb.or([
              ...(matchedIds.length > 0 ? [eb('document_id', 'in', matchedIds)] : []),
              ...(candidateIds.length > 0 ? [eb('id', 'in', candidateIds)] : []),
            ]),
          )
          .orderBy('document_id')
          .orderBy('idx')
          .execute();

  const hits: SearchHit[] = [];
  for (const item of items) {
    const inText = (matches.get(item.document_id) ?? []).find(
      (m) => m.start >= item.start && m.end <= item.end,
    );
    // In the text, or in the metric only (metrics are normalised): then the whole item.
    const metricOnly = inText === undefined;
    if (metricOnly && !metricIds.has(item.id)) continue;
    hits.push({
      type: 'item',
      document_id: item.document_id,
      document_title: titles.get(item.document_id) ?? '',
      item_id: item.id,
      snippet: inText?.snippet ?? toSearchText(item.text).text,
      start: inText?.start ?? item.start,
      end: inText?.end ?? item.end,
      deadline: item.kind === 'actual' ? null : item.year,
      status: null,
    });
    if (hits.length >= limit) break;
  }
  await addStatuses(ctx, hits);
  if (hits.length >= limit) return hits;

  for (const document of documents) {
    const covered = hits.filter((h) => h.document_id === document.id);
    for (const match of matches.get(document.id) ?? []) {
      if (covered.some((h) => match.start >= h.start && match.end <= h.end)) continue;
      hits.push({
        type: 'document',
        document_id: document.id,
        document_title: document.title,
        item_id: null,
        snippet: match.snippet,
        start: match.start,
        end: match.end,
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
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
