/** One function per endpoint of docs/api.md that the web app uses. */
import { apiUrl, getJson, sendJson } from './client.js';
import type { QueryParams } from './query-string.js';
import type {
  Comparison,
  BattleMap,
  PlanEvaluation,
  PlanSummary,
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
  /** A plan id: only its targets (the plan review's "show in the scorecard"). */
  readonly plan?: string | undefined;
  readonly year?: number | undefined;
  readonly indicator?: string | undefined;
  readonly q?: string | undefined;
  /** 1-based page of `SCORECARD_LIMIT` rows; the first when absent. */
  readonly page?: number | undefined;
}

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export type PosterFormat = 'html' | 'png' | 'pdf';

/** The most rows one list request may ask for (the API's maximum page). */
export const LIST_LIMIT = 200;

/** Rows per scorecard page: the most the API gives in one request. */
export const SCORECARD_LIMIT = 200;

function scorecardParams(query: ScorecardQuery): QueryParams {
  return {
    status: query.status,
    document: query.document,
    plan: query.plan,
    year: query.year,
    indicator: query.indicator,
    q: query.q,
  };
}

export const api = {
  overview: (signal?: AbortSignal) => getJson<Overview>('/overview', {}, signal),
  documents: (signal?: AbortSignal) =>
    getJson<DocumentSummary[]>('/documents', { limit: LIST_LIMIT }, signal),
  document: (id: string, signal?: AbortSignal) =>
    getJson<DocumentView>(`/documents/${encodeURIComponent(id)}`, {}, signal),
  indicators: (signal?: AbortSignal) =>
    getJson<Indicator[]>('/indicators', { limit: LIST_LIMIT }, signal),
  series: (code: string, jurisdiction: string, signal?: AbortSignal) =>
    getJson<IndicatorSeries>(
      `/indicators/${encodeURIComponent(code)}/series`,
      { jurisdiction },
      signal,
    ),
  scorecard: (query: ScorecardQuery, signal?: AbortSignal) =>
    getJson<Scorecard>(
      '/scorecard',
      {
        ...scorecardParams(query),
        limit: SCORECARD_LIMIT,
        offset: ((query.page ?? 1) - 1) * SCORECARD_LIMIT,
      },
      signal,
    ),
  compare: (query: CompareQuery, signal?: AbortSignal) =>
    getJson<Comparison>('/compare', { ...query }, signal),
  plans: (signal?: AbortSignal) => getJson<PlanSummary[]>('/plans', { limit: LIST_LIMIT }, signal),
  plan: (id: string, signal?: AbortSignal) =>
    getJson<PlanEvaluation>(`/plans/${encodeURIComponent(id)}`, {}, signal),
  battleMap: (id: string, query: BattleMapQuery, signal?: AbortSignal) =>
    getJson<BattleMap>(`/plans/${encodeURIComponent(id)}/battlemap`, { ...query }, signal),
  search: (q: string, signal?: AbortSignal) =>
    getJson<SearchHit[]>('/search', { q, limit: 200 }, signal),
  history: (itemId: string, signal?: AbortSignal) =>
    getJson<HistoryEntry[]>(`/items/${encodeURIComponent(itemId)}/history`, {}, signal),
  // Who made a change is the signed-in user (the session cookie), never a name sent here.
  // Each change names the item version it was made from: a stale one is answered 409
  // with the current item (ApiError.current) instead of overwriting someone's change.
  correct: (itemId: string, patch: ItemPatch, version: number) =>
    sendJson<StoredItem>('PATCH', `/items/${encodeURIComponent(itemId)}`, { patch, version }),
  confirm: (itemId: string, version: number) =>
    sendJson<StoredItem>('POST', `/items/${encodeURIComponent(itemId)}/confirm`, { version }),
  reject: (itemId: string, version: number) =>
    sendJson<StoredItem>('POST', `/items/${encodeURIComponent(itemId)}/reject`, { version }),
};

/** Download URL of the scorecard export with the same filters and order as the page. */
export function exportUrl(
  format: ExportFormat,
  query: ScorecardQuery,
  order: { readonly sort?: string; readonly direction?: string } = {},
): string {
  return apiUrl(`/export/scorecard.${format}`, { ...scorecardParams(query), ...order });
}

/** The comparison's choices, as they travel in the URL and to /api/compare. */
export interface CompareQuery {
  readonly indicator: string;
  readonly measure: 'level' | 'increase' | 'rank';
  /** Comma-separated names or codes; all places with figures when absent. */
  readonly jurisdictions?: string | undefined;
}

/** Download URL of the comparison as CSV. */
export function compareCsvUrl(query: CompareQuery): string {
  return apiUrl('/compare.csv', { ...query });
}

/** The 作战图's filters, as they travel in the URL and to the API. */
export interface BattleMapQuery {
  readonly section?: string | undefined;
  readonly unit?: string | undefined;
  readonly status?: StatusCode | undefined;
}

/** Download URL of a plan's 规划实施情况评估报告 (Word or PDF). */
export function planReportUrl(planId: string, format: 'docx' | 'pdf'): string {
  return apiUrl(`/plans/${encodeURIComponent(planId)}/report.${format}`);
}

/** URL of a plan's 作战图 as a wall chart (A1): HTML to print, PNG or PDF to download. */
export function battleMapFileUrl(
  planId: string,
  format: 'html' | 'png' | 'pdf',
  query: BattleMapQuery,
  lang: 'zh' | 'en',
): string {
  return apiUrl(`/plans/${encodeURIComponent(planId)}/battlemap.${format}`, { ...query, lang });
}

/** URL of the 一图读懂 poster of one document. */
export function posterUrl(documentId: string, format: PosterFormat, lang?: 'zh' | 'en'): string {
  return apiUrl('/poster', {
    document: documentId,
    format,
    lang: lang === 'en' ? 'en' : undefined,
  });
}
