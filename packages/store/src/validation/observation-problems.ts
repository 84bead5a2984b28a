import type { Observation } from '@lantu/core';
import {
  isFiniteNumber,
  isIntegerFrom,
  isNonEmptyString,
  isNullableString,
  isOneOf,
  isRecord,
  isYear,
} from './checks.js';

const MEASURES: readonly Observation['measure'][] = ['level', 'increase', 'decrease', 'rank'];
const COMPARATORS: readonly Observation['comparator'][] = ['=', '>', '>=', '<', '<=', '~'];

/** Problems with one observation's values, labelled with `at` (`observations[2]`). */
export function observationProblems(observation: Observation, at: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(`${at}.${message}`);
  };
  check(isNonEmptyString(observation.indicator_code), 'indicator_code must be a non-empty string');
  check(isNonEmptyString(observation.jurisdiction), 'jurisdiction must be a jurisdiction code');
  check(isYear(observation.year), 'year must be a four-digit year');
  check(isNullableString(observation.period), 'period must be a string or null');
  check(isOneOf(MEASURES, observation.measure), 'measure is not a known measure');
  check(isFiniteNumber(observation.value), 'value must be a finite number');
  check(isNullableString(observation.base_unit), 'base_unit must be a string or null');
  check(isOneOf(COMPARATORS, observation.comparator), 'comparator is not a known comparator');
  check(
    sourceIsValid(observation.source),
    'source is not a document, table, manual or report source',
  );
  return problems;
}

function sourceIsValid(source: unknown): boolean {
  if (!isRecord(source)) return false;
  switch (source['type']) {
    case 'document':
      return (
        isNonEmptyString(source['document_id']) &&
        isNonEmptyString(source['item_id']) &&
        typeof source['text'] === 'string' &&
        isIntegerFrom(source['start'], 0) &&
        isIntegerFrom(source['end'], 0)
      );
    case 'table':
      return isNonEmptyString(source['file']) && isIntegerFrom(source['row'], 0);
    case 'manual':
      return isNonEmptyString(source['actor']) && isNullableString(source['note'] ?? null);
    case 'report':
      return (
        isNonEmptyString(source['report_id']) &&
        isNonEmptyString(source['assignment_id']) &&
        isNonEmptyString(source['unit_id']) &&
        isNonEmptyString(source['actor'])
      );
    default:
      return false;
  }
}
