import type { Indicator, Polarity, UnitFamily } from '@lantu/core';
import { isNonEmptyString, isSlug, isNullableString } from './checks.js';

// Records keyed by the union: adding a unit family or polarity to core without adding it
// here fails to compile.
const UNIT_FAMILIES: Readonly<Record<UnitFamily, true>> = {
  currency: true,
  percent: true,
  count: true,
  people: true,
  area: true,
  mass: true,
  volume: true,
  length: true,
  duration: true,
  energy: true,
  rank: true,
  index: true,
  other: true,
};
const POLARITIES: Readonly<Record<Polarity, true>> = {
  'higher-is-better': true,
  'lower-is-better': true,
  'target-is-best': true,
};

/** Problems with one indicator, labelled with `at`. */
export function indicatorProblems(indicator: Indicator, at: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(`${at}.${message}`);
  };
  check(isSlug(indicator.code), 'code must be a slug');
  check(isNonEmptyString(indicator.name_zh), 'name_zh must be a non-empty string');
  check(typeof indicator.name_en === 'string', 'name_en must be a string');
  check(
    Array.isArray(indicator.aliases) &&
      indicator.aliases.every((alias) => typeof alias === 'string'),
    'aliases must be a list of strings',
  );
  check(Object.hasOwn(UNIT_FAMILIES, indicator.unit_family), 'unit_family is not a known family');
  check(isNullableString(indicator.base_unit), 'base_unit must be a string or null');
  check(Object.hasOwn(POLARITIES, indicator.polarity), 'polarity is not a known polarity');
  return problems;
}
