import type { Item } from '@lantu/core';

/** A complete Item with neutral defaults, for table and cell tests. */
export function sampleItem(fields: Partial<Item> = {}): Item {
  return {
    kind: 'target',
    metric: '地区生产总值',
    measure: 'level',
    comparator: '>=',
    value: 2000,
    value_max: null,
    unit: '亿元',
    base_value: null,
    base_unit: null,
    year: 2025,
    period: null,
    recurring: false,
    baseline: null,
    scope: null,
    text: '地区生产总值突破2000亿元',
    start: 0,
    end: 14,
    section: null,
    ...fields,
  };
}
