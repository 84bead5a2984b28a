/**
 * Small hand-made poster inputs for the pure tests: items, statuses and frameworks with only
 * the fields a test is about set, the rest neutral.
 */
import { EMPTY_NUMBERS, type StatusCode, type StatusNumbers, type TargetStatus } from '@lantu/core';
import type { PosterFrameworkInput, PosterInput, PosterItem, PosterRow } from '../../src/index.js';

/** An item: an actual level in 亿元 unless overridden; `base_value` follows `value`. */
export function item(overrides: Partial<PosterItem> = {}): PosterItem {
  const value = overrides.value ?? 100;
  const unit = overrides.unit === undefined ? '亿元' : overrides.unit;
  const factor = unit === '亿元' ? 1e8 : unit === '万亿元' ? 1e12 : unit === '万人' ? 1e4 : 1;
  const baseUnit = unit === '亿元' || unit === '万亿元' ? '元' : unit === '万人' ? '人' : unit;
  return {
    kind: 'actual',
    metric: '全市生产总值',
    measure: 'level',
    comparator: '=',
    value,
    value_max: null,
    unit,
    base_value: value === null ? null : value * factor,
    base_unit: baseUnit,
    year: 2025,
    period: null,
    recurring: false,
    scope: null,
    start: 0,
    ...overrides,
  };
}

const NO_NUMBERS: StatusNumbers = EMPTY_NUMBERS;

/** A status with the given code; label and explanation are placeholders unless given. */
export function status(
  code: StatusCode,
  overrides: { label?: TargetStatus['label']; numbers?: Partial<StatusNumbers> } = {},
): TargetStatus {
  return {
    status: code,
    method: 'deadline-comparator',
    label: overrides.label ?? { zh: '—', en: '—' },
    numbers: { ...NO_NUMBERS, ...overrides.numbers },
    explanation: { zh: '', en: '' },
    per_year: [],
    observations: [],
  };
}

/** A target row: a growth target of 7% or more in 2026 unless overridden. */
export function row(
  code: StatusCode,
  overrides: Partial<PosterItem> = {},
  extra: Omit<Partial<PosterRow>, 'item'> = {},
): PosterRow {
  return {
    item: item({
      kind: 'target',
      measure: 'increase',
      comparator: '>=',
      value: 7,
      unit: '%',
      year: 2026,
      ...overrides,
    }),
    status: extra.status ?? status(code),
    indicator: extra.indicator ?? null,
  };
}

export function framework(
  name: string,
  start: number,
  parts: PosterFrameworkInput['parts'],
): PosterFrameworkInput {
  return { name, start, parts };
}

/** A complete input touching every section. */
export function sampleInput(overrides: Partial<PosterInput> = {}): PosterInput {
  return {
    document: {
      title: '一图读懂2026某市政府工作报告',
      kind: 'work-report',
      date: '2026-01-20',
      jurisdiction: '某市',
      issuer: '某市人民政府',
    },
    rows: [
      row('on-track', { metric: '全市生产总值', start: 500 }),
      row('achieved', { metric: '出口', value: 15, start: 520 }),
      row('missed', { metric: '进口', value: 30, start: 540, year: 2025 }),
      row('no-data', {
        metric: '地区生产总值',
        measure: 'level',
        comparator: '>',
        value: 3800,
        unit: '亿元',
        year: 2030,
        start: 560,
      }),
      row('not-yet-due', {
        kind: 'milestone',
        metric: '建成市民中心',
        measure: null,
        comparator: null,
        value: null,
        unit: null,
        start: 600,
      }),
    ],
    actuals: [
      item({ metric: '全市生产总值', value: 2693.3, start: 10 }),
      item({ metric: '全市生产总值', measure: 'increase', value: 7.9, unit: '%', start: 20 }),
      item({
        metric: '全市生产总值',
        measure: 'rank',
        value: 2,
        unit: '位',
        scope: '全省县（市、区）',
        start: 30,
      }),
      item({ metric: '出口', value: 7307, start: 40 }),
      item({
        metric: '市场主体数',
        measure: 'rank',
        value: 1,
        unit: '位',
        scope: '全国县（市、区）',
        start: 50,
      }),
    ],
    frameworks: [
      framework('十大行动', 700, [
        { count: 10, label: '行动', items: ['市场繁荣行动', '改革攻坚行动'] },
      ]),
      framework('八八战略', 650, [{ count: 8, label: '', items: [] }]),
    ],
    asOf: '2026-06-30',
    generatedOn: '2026-07-01',
    ...overrides,
  };
}
