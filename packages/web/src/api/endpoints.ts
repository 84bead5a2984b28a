/** One function per endpoint of docs/api.md that the web app uses. */
import { apiUrl, getJson, sendJson } from './client.js';
import type { QueryParams } from './query-string.js';
import type {
  DocumentSummary,
  DocumentView,
  HistoryEntry,
  Indicator,
  IndicatorSeries,
  ItemPatch,
  Overview,
  Scorecard,
  SearchHit,
  StatusCode,
  StoredItem,
} from './types.js';

/** The scorecard filters as they travel in the URL and to /api/scorecard. */
export interface ScorecardQuery {
  readonly status?: StatusCode | undefined;
  readonly document?: string | undefined;
  readonly year?: number | undefined;
  readonly indicator?: string | undefined;
  readonly q?: string | undefined;
}

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export type PosterFormat = 'html' | 'png' | 'pdf';

/** Enough rows for a city's whole plan; the page says so when a filter matches more. */
export const SCORECARD_LIMIT = 1000;

function scorecardParams(query: ScorecardQuery): QueryParams {
  return {
    status: query.status,
    document: query.document,
    year: query.year,
    indicator: query.indicator,
    q: query.q,
  };
}

export const api = {
  overview: (signal?: AbortSignal) => getJson<Overview>('/overview', {}, signal),
  documents: (signal?: AbortSignal) => getJson<DocumentSummary[]>('/documents', {}, signal),
  document: (id: string, signal?: AbortSignal) =>
    getJson<DocumentView>(`/documents/${encodeURIComponent(id)}`, {}, signal),
  indicators: (signal?: AbortSignal) => getJson<Indicator[]>('/indicators', {}, signal),
  series: (code: string, jurisdiction: string, signal?: AbortSignal) =>
    getJson<IndicatorSeries>(
      `/indicators/${encodeURIComponent(code)}/series`,
      { jurisdiction },
      signal,
    ),
  scorecard: (query: ScorecardQuery, signal?: AbortSignal) =>
    getJson<Scorecard>('/scorecard', { ...scorecardParams(query), limit: SCORECARD_LIMIT }, signal),
  search: (q: string, signal?: AbortSignal) =>
    getJson<SearchHit[]>('/search', { q, limit: 200 }, signal),
  history: (itemId: string, signal?: AbortSignal) =>
    getJson<HistoryEntry[]>(`/items/${encodeURIComponent(itemId)}/history`, {}, signal),
  correct: (itemId: string, patch: ItemPatch, actor: string) =>
    sendJson<StoredItem>('PATCH', `/items/${encodeURIComponent(itemId)}`, { patch, actor }),
  confirm: (itemId: string, actor: string) =>
    sendJson<StoredItem>('POST', `/items/${encodeURIComponent(itemId)}/confirm`, { actor }),
  reject: (itemId: string, actor: string) =>
    sendJson<StoredItem>('POST', `/items/${encodeURIComponent(itemId)}/reject`, { actor }),
};

/** Download URL of the scorecard export with the same filters as the page. */
export function exportUrl(format: ExportFormat, query: ScorecardQuery): string {
  return apiUrl(`/export/scorecard.${format}`, scorecardParams(query));
}

/** URL of the 一图读懂 poster of one document. */
export function posterUrl(documentId: string, format: PosterFormat, lang?: 'zh' | 'en'): string {
  return apiUrl('/poster', {
    document: documentId,
    format,
    lang: lang === 'en' ? 'en' : undefined,
  });
}
