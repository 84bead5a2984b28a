import { COMPARATORS, ITEM_KINDS, MEASURES, type Item } from '@lantu/core';
import {
  isFiniteNumber,
  isIntegerFrom,
  isNonEmptyString,
  isNullableFiniteNumber,
  isNullableString,
  isOneOf,
  isRecord,
  isSpanWithin,
  isYear,
} from './checks.js';

/**
 * Problems with an item's values on their own, labelled with `at` (`items[3]`). Items
 * reach the store from JSON as often as from code, so every field is checked at runtime.
 */
export function itemFieldProblems(item: Item, at: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(`${at}.${message}`);
  };
  check(isOneOf(ITEM_KINDS, item.kind), `kind must be one of ${ITEM_KINDS.join(', ')}`);
  check(isNonEmptyString(item.metric), 'metric must be a non-empty string');
  check(item.measure === null || isOneOf(MEASURES, item.measure), 'measure is not a known measure');
  check(
    item.comparator === null || isOneOf(COMPARATORS, item.comparator),
    'comparator is not a known comparator',
  );
  for (const field of ['value', 'value_max', 'base_value'] as const) {
    check(isNullableFiniteNumber(item[field]), `${field} must be a finite number or null`);
  }
  check(rangeIsConsistent(item), 'value_max is set exactly when comparator is range, and >= value');
  for (const field of ['unit', 'base_unit', 'period', 'scope'] as const) {
    check(isNullableString(item[field]), `${field} must be a string or null`);
  }
  check(item.year === null || isYear(item.year), 'year must be a four-digit year or null');
  check(typeof item.recurring === 'boolean', 'recurring must be a boolean');
  check(baselineIsValid(item.baseline), 'baseline must be null or {value, unit, year}');
  check(typeof item.text === 'string', 'text must be a string');
  check(
    item.section === null || isIntegerFrom(item.section, 0),
    'section must be an index or null',
  );
  check(
    item.confidence === undefined ||
      (isNullableFiniteNumber(item.confidence) && item.confidence >= 0 && item.confidence <= 1),
    'confidence must be a number between 0 and 1',
  );
  check(
    item.restates === undefined || isIntegerFrom(item.restates, 0),
    'restates must be the index of another item',
  );
  return problems;
}

/** Problems with where an item sits: its span must be its text, its section an outline entry. */
export function itemPlacementProblems(
  item: Item,
  at: string,
  document: { readonly text: string; readonly outlineLength: number },
): string[] {
  const problems: string[] = [];
  if (!isSpanWithin(item.start, item.end, document.text.length)) {
    problems.push(`${at}.start/end must be a span inside the document text`);
  } else if (document.text.slice(item.start, item.end) !== item.text) {
    problems.push(`${at}.text must equal the document text at [start, end)`);
  }
  if (item.section !== null && !(item.section < document.outlineLength)) {
    problems.push(`${at}.section must index the document's outline`);
  }
  return problems;
}

function rangeIsConsistent(item: Item): boolean {
  if (item.comparator !== 'range') return item.value_max === null;
  return (
    isFiniteNumber(item.value) && isFiniteNumber(item.value_max) && item.value_max >= item.value
  );
}

function baselineIsValid(baseline: unknown): boolean {
  if (baseline === null) return true;
  return (
    isRecord(baseline) &&
    isNullableFiniteNumber(baseline['value']) &&
    isNullableString(baseline['unit']) &&
    (baseline['year'] === null || isYear(baseline['year']))
  );
}
