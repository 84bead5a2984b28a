import type { ScorecardFilter } from '@lantu/app';
import type { ScorecardQuery } from '../schemas/scorecard.js';

/** The app's scorecard filter from the query string (`document` → `documentId`). */
export function toScorecardFilter(query: ScorecardQuery): ScorecardFilter {
  const { document, ...rest } = query;
  return document === undefined ? rest : { ...rest, documentId: document };
}
