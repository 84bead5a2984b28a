import { LantuError } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import { contains } from '../scorecard/contains.js';
import type { SearchHit } from '../types.js';
import { findAll, snippetAround } from './find-all.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

/**
 * Substring search (Chinese has no spaces to split words on) over items' metrics and
 * texts, then over document texts. Item hits come first, since they are the more precise;
 * a document hit inside the span of an item hit already returned is not repeated.
 * Offsets are into the document's text. An empty query finds nothing.
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
  const needle = query.trim();
  if (needle === '') return [];
  const dialect = ctx.store.dialect;
  const items = await ctx.db
    .selectFrom('items')
    .innerJoin('documents', 'documents.id', 'items.document_id')
    .select([
      'items.id',
      'items.document_id',
      'items.text',
      'items.start',
      'items.end',
      'documents.title',
    ])
    .where('items.review_state', '!=', 'rejected')
    .where((eb) =>
      eb.or([
        contains(dialect, eb.ref('items.metric'), needle),
        contains(dialect, eb.ref('items.text'), needle),
      ]),
    )
    // Not documents.created_at: it is stored after the text, which SQLite would read through.
    .orderBy('items.document_id')
    .orderBy('items.idx')
    .limit(limit)
    .execute();
  const hits: SearchHit[] = items.map((item) => {
    const inText = findAll(item.text, needle, 1)[0];
    // Matched in the metric only (metrics are normalised): point at the whole item.
    const start = inText === undefined ? item.start : item.start + inText.start;
    const end = inText === undefined ? item.end : item.start + inText.end;
    return {
      type: 'item',
      document_id: item.document_id,
      document_title: item.title,
      item_id: item.id,
      snippet:
        inText === undefined ? item.text : snippetAround(item.text, inText.start, inText.end),
      start,
      end,
    };
  });
  if (hits.length >= limit) return hits;

  const documents = await ctx.db
    .selectFrom('documents')
    .select(['id', 'title', 'text'])
    .where((eb) => contains(dialect, eb.ref('text'), needle))
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit - hits.length)
    .execute();
  for (const document of documents) {
    const covered = hits.filter((h) => h.document_id === document.id);
    for (const match of findAll(document.text, needle, limit - hits.length + covered.length)) {
      if (covered.some((h) => match.start >= h.start && match.end <= h.end)) continue;
      hits.push({
        type: 'document',
        document_id: document.id,
        document_title: document.title,
        item_id: null,
        snippet: snippetAround(document.text, match.start, match.end),
        start: match.start,
        end: match.end,
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}
