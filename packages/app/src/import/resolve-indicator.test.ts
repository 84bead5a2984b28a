import { defaultCatalog } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { resolveIndicator } from './resolve-indicator.js';

const catalog = defaultCatalog();
const code = (text: string, names: string[] = []): string | undefined =>
  resolveIndicator(text, catalog, names)?.indicator.code;

describe('resolveIndicator', () => {
  it('takes codes, names and aliases, and a place prefix of the row jurisdiction', () => {
    expect(code('gdp')).toBe('gdp');
    expect(code('地区生产总值')).toBe('gdp');
    expect(code('GDP')).toBe('gdp');
    expect(code('测试市地区生产总值', ['测试市', '浙江省'])).toBe('gdp');
    expect(code('规上工业总产值')).toBe('industrial-output-above-scale');
  });

  it('reads a growth or rank word as the measure', () => {
    expect(resolveIndicator('GDP增速', catalog, [])).toMatchObject({
      indicator: { code: 'gdp' },
      impliedMeasure: 'increase',
    });
    expect(resolveIndicator('地区生产总值排名', catalog, [])?.impliedMeasure).toBe('rank');
    expect(resolveIndicator('地区生产总值', catalog, [])?.impliedMeasure).toBeNull();
  });

  it('never guesses: a similar or narrower name is not the indicator', () => {
    expect(code('对RCEP国家进出口')).toBeUndefined();
    expect(code('生产总值指数')).toBeUndefined();
    expect(code('不存在的指标')).toBeUndefined();
  });
});
