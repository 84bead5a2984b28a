/**
 * The scorecard's filters and sort order as they live in the URL (`#/scorecard?status=missed
 * &sort=year`), so a filtered view can be bookmarked, shared and reloaded.
 */
import type { ScorecardQuery } from '../api/endpoints.js';
import { isStatusCode } from '../status/status-meta.js';

export type SortKey = 'status' | 'year' | 'progress' | 'document' | 'metric';
export type SortDirection = 'asc' | 'desc';

export const SORT_KEYS: readonly SortKey[] = ['status', 'year', 'progress', 'document', 'metric'];

export interface ScorecardView {
  readonly query: ScorecardQuery;
  readonly sort: SortKey;
  readonly direction: SortDirection;
}

const YEAR = /^\d{4}$/;

function blankToUndefined(value: string | null): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

export function parseScorecardView(params: URLSearchParams): ScorecardView {
  const status = params.get('status');
  const year = params.get('year');
  const sort = params.get('sort');
  return {
    query: {
      status: isStatusCode(status) ? status : undefined,
      document: blankToUndefined(params.get('document')),
      plan: blankToUndefined(params.get('plan')),
      year: year !== null && YEAR.test(year) ? Number(year) : undefined,
      indicator: blankToUndefined(params.get('indicator')),
      q: blankToUndefined(params.get('q')),
      page: pageNumber(params.get('page')),
    },
    sort: SORT_KEYS.find((key) => key === sort) ?? 'status',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** A 1-based page number from the URL; undefined for the first page or nonsense. */
function pageNumber(value: string | null): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 && n <= 1_000_000 ? n : undefined;
}

/** The URL parameters of a view; defaults are left out so URLs stay short. */
export function scorecardViewParams(
  view: ScorecardView,
): Record<string, string | number | undefined> {
  return {
    ...view.query,
    sort: view.sort === 'status' ? undefined : view.sort,
    dir: view.direction === 'asc' ? undefined : view.direction,
  };
}
