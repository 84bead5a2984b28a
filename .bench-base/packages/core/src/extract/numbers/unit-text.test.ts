import { describe, expect, it } from 'vitest';
import { parseUnitText, toBaseValue } from './unit-text.js';

describe('parseUnitText', () => {
  it('splits a magnitude from its unit, longest magnitude first', () => {
    expect(parseUnitText('亿元')).toEqual({ base: '元', factor: 1e8 });
    expect(parseUnitText('万亿元')).toEqual({ base: '元', factor: 1e12 });
    expect(parseUnitText('万人')).toEqual({ base: '人', factor: 1e4 });
    expect(parseUnitText('万人次')).toEqual({ base: '人次', factor: 1e4 });
  });

  it('reads plain units, converted units and full-width percent', () => {
    expect(parseUnitText('%')).toEqual({ base: '%', factor: 1 });
    expect(parseUnitText('％')).toEqual({ base: '%', factor: 1 });
    expect(parseUnitText('平方公里')).toEqual({ base: '平方米', factor: 1e6 });
    expect(parseUnitText('位')).toEqual({ base: '位', factor: 1 });
    expect(parseUnitText(' 元 ')).toEqual({ base: '元', factor: 1 });
  });

  it('gives a bare magnitude no base unit, an empty unit factor 1, and rejects unknown units', () => {
    expect(parseUnitText('亿')).toEqual({ base: null, factor: 1e8 });
    expect(parseUnitText('')).toEqual({ base: null, factor: 1 });
    expect(parseUnitText('亿克朗')).toBeNull();
    expect(parseUnitText('bananas')).toBeNull();
  });

  it('converts to base units without binary noise', () => {
    expect(2693.3 * 1e8).not.toBe(269330000000);
    expect(toBaseValue(2693.3, 1e8)).toBe(269330000000);
  });
});
