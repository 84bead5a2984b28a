import type { Framework, Item, OutlineEntry, Reading } from '@lantu/core';
import type { IngestReadingInput } from '../src/repositories/ingest-reading.js';

/**
 * A small plan written by hand: Chinese punctuation, a line broken inside a clause
 * (形\n成), and 𠮷, a character outside the BMP, so that every later offset counts UTF-16
 * units rather than characters.
 */
export const SAMPLE_TEXT = [
  '义乌市国民经济和社会发展第十五个五年规划纲要',
  '一、发展目标',
  '到2030年，全市生产总值达到3000亿元以上，年均增长6%左右。',
  '“义新欧”中欧班列开行量突破3000列。',
  '二、重点任务',
  '（一）构建“138”发展格局',
  '打造数字化、双循环、共同富裕三大新赛道，形\n成300万人口规模的𠮷祥城市。',
  '2025年，全市生产总值2693.3亿元，增长7.9%。',
].join('\n');

/** The span of `clause` in `text` (its first occurrence at or after `from`). */
export function span(text: string, clause: string, from = 0): Pick<Item, 'text' | 'start' | 'end'> {
  const start = text.indexOf(clause, from);
  if (start < 0) throw new Error(`sample text lacks ${clause}`);
  return { text: clause, start, end: start + clause.length };
}

function heading(level: number, label: string, title: string): OutlineEntry {
  const { start, end } = span(SAMPLE_TEXT, title);
  return { level, label, title, start, end };
}

const NO_EXTRAS = {
  measure: null,
  comparator: null,
  value: null,
  value_max: null,
  unit: null,
  base_value: null,
  base_unit: null,
  year: null,
  period: null,
  recurring: false,
  baseline: null,
  scope: null,
} as const;

function item(
  fields: Partial<Item> & Pick<Item, 'kind' | 'metric'>,
  clause: string,
  section: number,
): Item {
  return { ...NO_EXTRAS, ...fields, ...span(SAMPLE_TEXT, clause), section };
}

export const SAMPLE_OUTLINE: readonly OutlineEntry[] = [
  heading(0, '', '义乌市国民经济和社会发展第十五个五年规划纲要'),
  heading(1, '一、', '发展目标'),
  heading(1, '二、', '重点任务'),
  heading(2, '（一）', '构建“138”发展格局'),
];

export const SAMPLE_FRAMEWORKS: readonly Framework[] = [
  {
    name: '三大新赛道',
    ...span(SAMPLE_TEXT, '数字化、双循环、共同富裕三大新赛道'),
    parts: [{ count: 3, label: '新赛道', items: ['数字化', '双循环', '共同富裕'] }],
  },
  {
    name: '138',
    ...span(SAMPLE_TEXT, '“138”'),
    parts: [
      { count: 1, label: '', items: [] },
      { count: 3, label: '', items: [] },
      { count: 8, label: '', items: [] },
    ],
  },
];

const YUAN_PER_YI = 1e8;

export const SAMPLE_ITEMS: readonly Item[] = [
  item(
    {
      kind: 'target',
      metric: '全市生产总值',
      measure: 'level',
      comparator: '>=',
      value: 3000,
      unit: '亿元',
      base_value: 3000 * YUAN_PER_YI,
      base_unit: '元',
      year: 2030,
    },
    '全市生产总值达到3000亿元以上',
    1,
  ),
  item(
    {
      kind: 'target',
      metric: '全市生产总值',
      measure: 'increase',
      comparator: '~',
      value: 6,
      unit: '%',
      base_value: 6,
      base_unit: '%',
      year: 2030,
      period: '2026-2030',
      recurring: true,
    },
    '年均增长6%左右',
    1,
  ),
  item(
    {
      kind: 'target',
      metric: '义新欧中欧班列开行量',
      measure: 'level',
      comparator: '>',
      value: 3000,
      unit: '列',
      base_value: 3000,
      base_unit: '列',
      year: 2030,
    },
    '“义新欧”中欧班列开行量突破3000列',
    1,
  ),
  item(
    {
      kind: 'target',
      metric: '人口规模',
      measure: 'level',
      comparator: '>=',
      value: 300,
      unit: '万人',
      base_value: 3e6,
      base_unit: '人',
      year: 2030,
    },
    '形\n成300万人口规模',
    3,
  ),
  item(
    {
      kind: 'actual',
      metric: '全市生产总值',
      measure: 'level',
      comparator: '=',
      value: 2693.3,
      unit: '亿元',
      base_value: 2693.3 * YUAN_PER_YI,
      base_unit: '元',
      year: 2025,
    },
    '全市生产总值2693.3亿元',
    3,
  ),
  item(
    {
      kind: 'actual',
      metric: '全市生产总值',
      measure: 'increase',
      comparator: '=',
      value: 7.9,
      unit: '%',
      base_value: 7.9,
      base_unit: '%',
      year: 2025,
      baseline: { value: 2495.6, unit: '亿元', year: 2024 },
    },
    '增长7.9%',
    3,
  ),
];

/** The reading of `text` (SAMPLE_TEXT plus anything appended, which moves no offset). */
export function sampleReading(
  text: string = SAMPLE_TEXT,
  jurisdiction: string | null = '义乌市',
): Reading {
  return {
    document: {
      title: '义乌市“十五五”规划纲要',
      chars: text.length,
      horizon: 2030,
      kind: 'five-year-plan',
      date: '2026-01-20',
      jurisdiction,
    },
    outline: SAMPLE_OUTLINE,
    items: SAMPLE_ITEMS,
    frameworks: SAMPLE_FRAMEWORKS,
  };
}

/** An ingest of the sample; `suffix` makes a different text with the same reading. */
export function sampleIngest(
  options: {
    readonly suffix?: string;
    readonly jurisdiction?: string | null;
    readonly fileName?: string;
  } = {},
): IngestReadingInput {
  const text = SAMPLE_TEXT + (options.suffix ?? '');
  return {
    fileName: options.fileName ?? 'yiwu-15th-plan.md',
    text,
    meta: { issuer: '义乌市人民政府' },
    reading: sampleReading(
      text,
      options.jurisdiction === undefined ? '义乌市' : options.jurisdiction,
    ),
    actor: 'test',
  };
}
