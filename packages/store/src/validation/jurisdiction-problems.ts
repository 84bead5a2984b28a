import type { Jurisdiction } from '@lantu/core';
import { isNonEmptyString, isSlug, isNullableString, isOneOf } from './checks.js';

const LEVELS: readonly Jurisdiction['level'][] = [
  'country',
  'province',
  'prefecture',
  'county',
  'other',
];

/** Problems with one jurisdiction on its own (the hierarchy is checked against the database). */
export function jurisdictionProblems(jurisdiction: Jurisdiction, at: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(`${at}.${message}`);
  };
  check(isSlug(jurisdiction.code), 'code must be a slug');
  check(isNonEmptyString(jurisdiction.name_zh), 'name_zh must be a non-empty string');
  check(typeof jurisdiction.name_en === 'string', 'name_en must be a string');
  check(isOneOf(LEVELS, jurisdiction.level), `level must be one of ${LEVELS.join(', ')}`);
  check(isNullableString(jurisdiction.parent_code), 'parent_code must be a code or null');
  check(jurisdiction.parent_code !== jurisdiction.code, 'parent_code cannot be the code itself');
  return problems;
}
