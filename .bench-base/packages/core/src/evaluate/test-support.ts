/**
 * Builders for the evaluate tests: an item or observation with the fields a
 * test does not care about filled in. Not exported from the folder's index.
 */
import type { Item } from '../model/item.js';
import type { Observation } from '../model/observation.js';

/** A target item; `value`/`unit`/`factor` give `base_value` = value × factor. */
export function target(
  fields: Partial<Item> & { readonly metric: string; readonly factor?: number },
): Item {
  const { factor = 1, ...rest } = fields;
  const value = rest.value ?? null;
  return {
    kind: 'target',
    measure: 'level',
    comparator: '>=',
    value,
    value_max: null,
    unit: null,
    base_value: value === null ? null : value * factor,
    base_unit: null,
    year: 2025,
    period: null,
    recurring: false,
    baseline: null,
    scope: null,
    text: fields.metric,
    start: 0,
    end: fields.metric.length,
    section: null,
    ...rest,
  };
}

/** An observation of `indicator_code` `x` in `yw`, from a manual source. */
export function obs(
  fields: Partial<Observation> & {
    readonly year: number;
    readonly value: number;
    readonly scope?: string;
  },
): Observation {
  return {
    indicator_code: 'x',
    jurisdiction: 'yw',
    period: null,
    measure: 'level',
    base_unit: null,
    comparator: '=',
    source: { type: 'manual', actor: 'test' },
    ...fields,
  };
}

/** 亿 as a factor. */
export const YI = 1e8;
