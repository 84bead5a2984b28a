/**
 * Builders for hand-made readings in the scorer's unit tests.
 */
import type { Framework } from '../../src/model/framework.js';
import type { Item } from '../../src/model/item.js';
import type { OutlineEntry } from '../../src/model/outline.js';
import type { GoldFile } from '../../src/score/gold-file.js';

/** A target of 2000 亿元 for 2025 at [0, 12), with any field overridden. */
export function makeItem(overrides: Partial<Item> = {}): Item {
  return {
    kind: 'target',
    metric: '全市生产总值',
    measure: 'level',
    comparator: '>=',
    value: 2000,
    value_max: null,
    unit: '亿元',
    base_value: 2000e8,
    base_unit: '元',
    year: 2025,
    period: null,
    recurring: false,
    baseline: null,
    scope: null,
    text: '全市生产总值达到2000亿元',
    start: 0,
    end: 12,
    section: null,
    ...overrides,
  };
}

export function makeEntry(overrides: Partial<OutlineEntry> = {}): OutlineEntry {
  return { level: 1, label: '一、', title: '总体要求', start: 0, end: 4, ...overrides };
}

export function makeFramework(overrides: Partial<Framework> = {}): Framework {
  return {
    name: '三大新赛道',
    text: '“三大新赛道”',
    parts: [{ count: 3, label: '新赛道', items: ['数字化', '双循环', '共同富裕'] }],
    start: 100,
    end: 106,
    ...overrides,
  };
}

/** A gold file holding exactly the given reading. */
export function makeGold(
  reading: {
    items?: readonly Item[];
    outline?: readonly OutlineEntry[];
    frameworks?: readonly Framework[];
  },
  file = 'doc.txt',
): GoldFile {
  return {
    file,
    horizon: 2025,
    items: reading.items ?? [],
    outline: reading.outline ?? [],
    frameworks: reading.frameworks ?? [],
  };
}
