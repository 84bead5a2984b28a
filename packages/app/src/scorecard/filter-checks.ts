import { LantuError, STATUS_CODES } from '@lantu/core';
import type { ScorecardFilter } from '../types.js';

/**
 * Checks the parts of a scorecard filter that SQL or the engine would otherwise take in
 * silently (a status typo would give an empty page, a negative limit an error deep down).
 * INPUT_INVALID naming every problem.
 */
export function assertScorecardFilter(filter: ScorecardFilter): void {
  const problems: string[] = [];
  const isCount = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (filter.status !== undefined && !STATUS_CODES.includes(filter.status)) {
    problems.push(`status must be one of ${STATUS_CODES.join(', ')}`);
  }
  if (filter.kind !== undefined && filter.kind !== 'target' && filter.kind !== 'milestone') {
    problems.push('kind must be target or milestone');
  }
  if (filter.limit !== undefined && !isCount(filter.limit))
    problems.push('limit must be an integer >= 0');
  if (filter.offset !== undefined && !isCount(filter.offset))
    problems.push('offset must be an integer >= 0');
  if (
    filter.year !== undefined &&
    !(Number.isInteger(filter.year) && filter.year >= 1000 && filter.year <= 9999)
  ) {
    problems.push('year must be a four-digit year');
  }
  if (problems.length > 0)
    throw new LantuError('INPUT_INVALID', `scorecard filter: ${problems.join('; ')}`);
}
