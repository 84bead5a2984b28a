import { LantuError } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import type { SearchHit } from '../types.js';
import { findAll, snippetAround } from './find-all.js';
import { matchingDocuments, matchingItems, SEARCH_CANDIDATES } from './search-index.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

export interface SearchOptions {
  readonly limit?: number;
  /** Hits to skip (paging); at most `SEARCH_CANDIDATES` hits are ever ranked. */
  readonly offset?: number;
}

/**
 * Substring search (Chinese has no spaces to split words on) over items' metrics and
 * texts, then over document texts, through the store's full-text index (SQLite FTS5
 * trigram, PostgreSQL pg_trgm), ranked. Item hits come first, since they are the more
 * precise; a document hit inside the span of an item hit already returned is not repeated.
 * Offsets are into the document's text. An empty query finds nothing. The work is bounded:
 * at most `SEARCH_CANDIDATES` items and documents are ranked per query, whatever the size
 * of the store.
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
  const needle = query.trim();
  if (needle === '') return [];
  const wanted = offset + limit;
  const items = await matchingItems(ctx, needle, wanted);
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
  if (hits.length >= wanted) return hits.slice(offset, wanted);

  for (const document of await matchingDocuments(ctx, needle, wanted - hits.length)) {
    const covered = hits.filter((h) => h.document_id === document.id);
    for (const match of findAll(document.text, needle, wanted - hits.length + covered.length)) {
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
      if (hits.length >= wanted) return hits.slice(offset, wanted);
    }
  }
  return hits.slice(offset, wanted);
}
