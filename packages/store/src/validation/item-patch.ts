import { LantuError, type Item } from '@lantu/core';
import { assertNoProblems, isRecord } from './checks.js';

/**
 * The fields a correction may change. The span (text, start, end) and section are where
 * the item was read, not what it says, so they are never patched.
 */
export const PATCHABLE_ITEM_FIELDS = [
  'kind',
  'metric',
  'measure',
  'comparator',
  'value',
  'value_max',
  'unit',
  'base_value',
  'base_unit',
  'year',
  'period',
  'recurring',
  'baseline',
  'scope',
] as const satisfies readonly (keyof Item)[];

/** A person's correction of an item's values. */
export type ItemPatch = Partial<Pick<Item, (typeof PATCHABLE_ITEM_FIELDS)[number]>>;

/**
 * Checks a patch's shape (an object of known, patchable keys); the values are checked on
 * the patched item, where cross-field rules such as range/value_max can be seen.
 */
export function assertItemPatchShape(patch: unknown): asserts patch is ItemPatch {
  if (!isRecord(patch)) throw new LantuError('INPUT_INVALID', 'item patch: must be an object');
  const keys = Object.keys(patch);
  const unknown = keys.filter((key) => !(PATCHABLE_ITEM_FIELDS as readonly string[]).includes(key));
  assertNoProblems('item patch', [
    ...(keys.length === 0 ? ['changes nothing'] : []),
    ...unknown.map((key) => `${key} cannot be patched`),
  ]);
}
