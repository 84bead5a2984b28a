import type { ScorecardRow } from '@lantu/app';
import { EMPTY_NUMBERS, SEED_INDICATORS, type Indicator, type StatusNumbers } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { selectHeadline } from './headline.js';

const NUMBERS: StatusNumbers = EMPTY_NUMBERS;

function indicator(code: string): Indicator {
  const found = SEED_INDICATORS.find((i) => i.code === code);
  if (found === undefined) throw new Error(`no seed indicator ${code}`);
  return found;
}

/** A scorecard row for `code` with the given numbers; everything else is filler. */
function row(
  id: string,
  code: string | null,
  numbers: Partial<StatusNumbers>,
  documentDate = '2021-01-01',
): ScorecardRow {
  const named = code === null ? null : indicator(code);
  return {
    item: {
      id,
      document_id: `doc-${documentDate}`,
      idx: 0,
      kind: 'target',
      metric: named?.name_zh ?? '某指标',
      measure: 'level',
      comparator: '>=',
      value: 1,
      value_max: null,
      unit: '亿元',
      base_value: null,
      base_unit: null,
      year: numbers.target_year ?? null,
      period: null,
      recurring: false,
      baseline: null,
      scope: null,
      text: `${id} text`,
      start: 0,
      end: 1,
      section: null,
      review_state: 'extracted',
      indicator_code: code,
      link_confidence: 1,
      link_method: 'auto',
      jurisdiction_code: 'cn-zj-jh-yw',
      updated_at: '2026-01-01T00:00:00.000Z',
      version: 1,
    },
    document: {
      id: `doc-${documentDate}`,
      title: 't',
      kind: 'work-report',
      date: documentDate,
      jurisdiction_code: 'cn-zj-jh-yw',
    },
    section: null,
    indicator:
      named === null ? null : { code: named.code, name_zh: named.name_zh, name_en: named.name_en },
    status: {
      status: 'on-track',
      method: 'eurostat-cagr-ratio',
      label: { zh: '按序时推进', en: 'on track' },
      numbers: { ...NUMBERS, ...numbers },
      explanation: { zh: '', en: '' },
      per_year: [],
      observations: [
        {
          indicator_code: code ?? '',
          jurisdiction: 'cn-zj-jh-yw',
          year: numbers.latest_year ?? 0,
          period: null,
          measure: 'level',
          value: numbers.latest_value ?? 0,
          base_unit: '元',
          comparator: '=',
          source: { type: 'manual', actor: 'test' },
        },
      ],
    },
  };
}

const FIGURES = { latest_value: 2, latest_year: 2025, target_value: 3 };
const CATALOG = SEED_INDICATORS;

describe('selectHeadline', () => {
  it('orders by catalog importance, GDP first, whatever the row order', () => {
    const later = SEED_INDICATORS[5]?.code ?? 'gdp-per-capita';
    const rows = [row('b', later, FIGURES), row('a', 'gdp', FIGURES)];
    const codes = selectHeadline(rows, CATALOG, '2026-06-30').map((h) => h.indicator.code);
    expect(codes).toEqual(['gdp', later]);
  });

  it('leaves out unlinked rows and rows lacking a target or a latest figure', () => {
    const rows = [
      row('unlinked', null, FIGURES),
      row('no-latest', 'gdp', { target_value: 3, target_year: 2026 }),
      row('no-target', 'gdp-per-capita', { latest_value: 2, latest_year: 2025 }),
    ];
    expect(selectHeadline(rows, CATALOG, '2026-06-30')).toEqual([]);
  });

  it('measures an indicator against its current target: the nearest deadline not yet past', () => {
    const rows = [
      row('past', 'gdp', { ...FIGURES, target_year: 2025 }),
      row('far', 'gdp', { ...FIGURES, target_year: 2030 }),
      row('near', 'gdp', { ...FIGURES, target_year: 2026 }),
    ];
    const [headline] = selectHeadline(rows, CATALOG, '2026-06-30');
    expect(headline?.target.item_id).toBe('near');
    expect(headline?.latest).toEqual({
      value: 2,
      year: 2025,
      period: null,
      is_bound: false,
      unit: '元',
    });
  });

  it('falls back to the latest past deadline, and to the newer document on a tie', () => {
    const rows = [
      row('old', 'gdp', { ...FIGURES, target_year: 2020 }),
      row('recent', 'gdp', { ...FIGURES, target_year: 2025 }, '2021-01-01'),
      row('restated', 'gdp', { ...FIGURES, target_year: 2025 }, '2024-01-01'),
    ];
    expect(selectHeadline(rows, CATALOG, '2026-06-30')[0]?.target.item_id).toBe('restated');
  });
});
