import { REVIEW_STATES, ITEM_KINDS, type ItemKind, type ReviewState } from '@lantu/core';
import type { SelectQueryBuilder } from 'kysely';
import type { Database } from '../schema.js';
import {
  assertNoProblems,
  isIntegerFrom,
  isNonEmptyString,
  isOneOf,
  isYear,
} from '../validation/checks.js';

/** Which items to list; every field narrows, an empty filter lists all. */
export interface ItemFilter {
  readonly documentId?: string;
  /** The innermost outline entry; null for items outside any section. */
  readonly section?: number | null;
  readonly kind?: ItemKind;
  /** null for items not linked to any indicator. */
  readonly indicatorCode?: string | null;
  readonly jurisdictionCode?: string;
  readonly year?: number;
  readonly reviewState?: ReviewState;
  readonly limit?: number;
  readonly offset?: number;
}

type ItemsQuery<O> = SelectQueryBuilder<Database, 'items', O>;

/** Adds the filter's conditions, ordering (document, then reading order) and paging. */
export function applyItemFilter<O>(query: ItemsQuery<O>, filter: ItemFilter): ItemsQuery<O> {
  let q = applyItemConditions(query, filter).orderBy('document_id').orderBy('idx');
  // SQLite accepts OFFSET only after a LIMIT, and its "no limit" (-1) is an error on
  // PostgreSQL, so an offset without a limit gets a limit no result can reach.
  const limit = filter.limit ?? (filter.offset === undefined ? undefined : Number.MAX_SAFE_INTEGER);
  if (limit !== undefined) q = q.limit(limit);
  if (filter.offset !== undefined) q = q.offset(filter.offset);
  return q;
}

/** Adds only the filter's conditions (no order, no paging), e.g. for a count. */
export function applyItemConditions<O>(query: ItemsQuery<O>, filter: ItemFilter): ItemsQuery<O> {
  assertItemFilter(filter);
  let q = query;
  if (filter.documentId !== undefined) q = q.where('document_id', '=', filter.documentId);
  if (filter.section !== undefined) {
    q =
      filter.section === null
        ? q.where('section', 'is', null)
        : q.where('section', '=', filter.section);
  }
  if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
  if (filter.indicatorCode !== undefined) {
    q =
      filter.indicatorCode === null
        ? q.where('indicator_code', 'is', null)
        : q.where('indicator_code', '=', filter.indicatorCode);
  }
  if (filter.jurisdictionCode !== undefined) {
    q = q.where('jurisdiction_code', '=', filter.jurisdictionCode);
  }
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.reviewState !== undefined) q = q.where('review_state', '=', filter.reviewState);
  return q;
}

function assertItemFilter(filter: ItemFilter): void {
  const problems: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  if (filter.documentId !== undefined)
    check(isNonEmptyString(filter.documentId), 'documentId must be an id');
  if (filter.section != null) check(isIntegerFrom(filter.section, 0), 'section must be an index');
  if (filter.kind !== undefined)
    check(isOneOf(ITEM_KINDS, filter.kind), 'kind is not a known kind');
  if (filter.year !== undefined) check(isYear(filter.year), 'year must be a four-digit year');
  if (filter.reviewState !== undefined) {
    check(isOneOf(REVIEW_STATES, filter.reviewState), 'reviewState is not a known state');
  }
  if (filter.limit !== undefined)
    check(isIntegerFrom(filter.limit, 0), 'limit must be an integer >= 0');
  if (filter.offset !== undefined)
    check(isIntegerFrom(filter.offset, 0), 'offset must be an integer >= 0');
  assertNoProblems('item filter', problems);
}
