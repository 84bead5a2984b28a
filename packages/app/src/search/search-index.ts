import { sql } from 'kysely';
import type { AppContext } from '../app-context.js';
import { contains } from '../scorecard/contains.js';

/** The most items (and documents) one query ranks: the bound on a search's work. */
export const SEARCH_CANDIDATES = 500;

/** A trigram index finds substrings of three characters or more; shorter ones are scanned. */
const TRIGRAM = 3;

export interface ItemMatch {
  readonly id: string;
  readonly document_id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly title: string;
}

export interface DocumentMatch {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

/** An FTS5 query for the needle as one phrase (double quotes doubled inside). */
function ftsPhrase(needle: string): string {
  return `"${needle.replaceAll('"', '""')}"`;
}

/** `%needle%` for LIKE/ILIKE, with `%`, `_` and `\` taken literally. */
function likePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/**
 * Items whose metric or text contains `needle`, best first (FTS5's bm25 on SQLite,
 * pg_trgm's word similarity on PostgreSQL), among at most `SEARCH_CANDIDATES` matches;
 * rejected items left out. Needles under three characters are scanned, `limit` at most.
 */
export async function matchingItems(
  ctx: AppContext,
  needle: string,
  limit: number,
): Promise<ItemMatch[]> {
  if ([...needle].length < TRIGRAM) {
    const dialect = ctx.store.dialect;
    return itemRows(ctx)
      .where((eb) =>
        eb.or([
          contains(dialect, eb.ref('items.metric'), needle),
          contains(dialect, eb.ref('items.text'), needle),
        ]),
      )
      .orderBy('items.document_id')
      .orderBy('items.idx')
      .limit(limit)
      .execute();
  }
  // The candidates from the index (SQLite: FTS5 trigram; PostgreSQL: pg_trgm GIN).
  const ids =
    ctx.store.dialect === 'sqlite'
      ? (
          await sql<{ id: string }>`
            select item_id as id from items_search
            where items_search match ${ftsPhrase(needle)}
            limit ${SEARCH_CANDIDATES}`.execute(ctx.db)
        ).rows
      : (
          await sql<{ id: string }>`
            select id from items
            where text ilike ${likePattern(needle)} or metric ilike ${likePattern(needle)}
            limit ${SEARCH_CANDIDATES}`.execute(ctx.db)
        ).rows;
  if (ids.length === 0) return [];
  const rows = await itemRows(ctx)
    .where(
      'items.id',
      'in',
      ids.map((row) => row.id),
    )
    .execute();
  // Best first, then in reading order, so a page is the same on every request.
  const folded = needle.toLowerCase();
  return rows
    .map((row) => ({ row, score: relevance(row, folded) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.row.document_id < b.row.document_id
          ? -1
          : a.row.document_id > b.row.document_id
            ? 1
            : 0) ||
        a.row.start - b.row.start,
    )
    .slice(0, limit)
    .map(({ row }) => row);
}

/**
 * How well an item answers the (lower-cased) needle: named in its metric first, then the
 * share of its text the needle covers (a short clause about it beats a long one that
 * mentions it). bm25 over trigrams costs ten times the index lookup and ranks no better
 * for one phrase.
 */
function relevance(row: ItemMatch & { readonly metric: string }, needle: string): number {
  const inMetric = row.metric.toLowerCase().includes(needle) ? 1 : 0;
  return inMetric + needle.length / Math.max(needle.length, row.text.length);
}

/** Items with their document's title, rejected ones left out. */
function itemRows(ctx: AppContext) {
  return ctx.db
    .selectFrom('items')
    .innerJoin('documents', 'documents.id', 'items.document_id')
    .select([
      'items.id',
      'items.document_id',
      'items.text',
      'items.start',
      'items.end',
      'items.metric',
      'documents.title',
    ])
    .where('items.review_state', '!=', 'rejected');
}

/**
 * Documents whose text contains `needle`, best first, at most `limit` (and never more
 * than `SEARCH_CANDIDATES` ranked).
 */
export async function matchingDocuments(
  ctx: AppContext,
  needle: string,
  limit: number,
): Promise<DocumentMatch[]> {
  const cap = Math.min(limit, SEARCH_CANDIDATES);
  if (cap <= 0) return [];
  if ([...needle].length < TRIGRAM) {
    return ctx.db
      .selectFrom('documents')
      .select(['id', 'title', 'text'])
      .where((eb) => contains(ctx.store.dialect, eb.ref('text'), needle))
      .orderBy('id')
      .limit(cap)
      .execute();
  }
  const ids =
    ctx.store.dialect === 'sqlite'
      ? (
          await sql<{ document_id: string }>`
            select document_id from documents_search
            where documents_search match ${ftsPhrase(needle)} limit ${cap}`.execute(ctx.db)
        ).rows.map((row) => row.document_id)
      : (
          await sql<{ id: string }>`
            select id from documents where text ilike ${likePattern(needle)}
            order by id limit ${cap}`.execute(ctx.db)
        ).rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('documents')
    .select(['id', 'title', 'text'])
    .where('id', 'in', ids)
    .execute();
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
