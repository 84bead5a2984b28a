import { describe, expect, it } from 'vitest';
import type { Comparison } from '../src/api/types.js';
import { cellText, compareBars, scaleFor } from '../src/compare/compare-model.js';

const source = { label: '《报告》', document_id: null, sentence: null };
const comparison: Comparison = {
  indicator: { code: 'gdp', name_zh: '地区生产总值', name_en: 'GDP' },
  measure: 'level',
  base_unit: '元',
  years: [2024, 2025],
  rows: [
    {
      jurisdiction: { code: 'cn-zj', name_zh: '浙江省', name_en: 'Zhejiang', level: 'province' },
      cells: [{ year: 2025, target: null, actual: { value: 9e12, text: '9万亿元', source } }],
    },
    {
      jurisdiction: { code: 'cn-zj-jh-yw', name_zh: '义乌市', name_en: 'Yiwu', level: 'county' },
      cells: [
        { year: 2024, target: null, actual: { value: 2.2e11, text: '2200亿元', source } },
        {
          year: 2025,
          target: { value: 2e11, text: '≥2000亿元', source },
          actual: { value: 2.6933e11, text: '2693.3亿元', source },
        },
      ],
    },
  ],
};

describe('compareBars', () => {
  it('puts each place with a figure that year in 亿元, a missing target as a gap', () => {
    expect(compareBars(comparison, 2025, 'zh')).toEqual({
      places: ['浙江省', '义乌市'],
      targets: [null, 2000],
      actuals: [90000, 2693.3],
      unit: '亿元',
    });
    expect(compareBars(comparison, 2024, 'en').places).toEqual(['Yiwu']);
  });

  it('keeps percentages as they are', () => {
    expect(scaleFor('%')).toEqual({ factor: 1, unit: '%' });
  });

  it('writes the English UI in billions of yuan, with no Chinese units', () => {
    expect(compareBars(comparison, 2025, 'en')).toMatchObject({
      targets: [null, 200],
      actuals: [9000, 269.33],
      unit: 'billion yuan',
    });
    const target = { value: 2e11, text: '≥2000亿元' };
    expect(cellText(target, '元', 'en')).toBe('≥ 200 billion yuan');
    expect(cellText(target, '元', 'zh')).toBe('≥2000亿元');
    expect(cellText(null, '元', 'en')).toBe('');
  });
});
