import { describe, expect, it } from 'vitest';
import { mapColumns } from './columns.js';

describe('mapColumns', () => {
  it('finds English and Chinese headers, ignoring case, spaces and a (%) note', () => {
    expect(mapColumns(['Indicator', ' 地区 ', '年份', 'VALUE', '单位', '增速(%)']).map).toEqual({
      indicator: 0,
      jurisdiction: 1,
      year: 2,
      value: 3,
      unit: 4,
      growth: 5,
    });
  });

  it('names each missing required column and each column given twice', () => {
    const { problems } = mapColumns(['指标', '指标', '数值']);
    expect(problems).toEqual([
      'column "indicator" appears twice',
      expect.stringContaining('no "jurisdiction" column'),
      'no "period" or "year" column',
    ]);
  });

  it('accepts a growth column in place of a value column', () => {
    expect(mapColumns(['指标', '地区', '年份', '增速']).problems).toEqual([]);
  });
});
