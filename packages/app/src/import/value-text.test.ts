import { describe, expect, it } from 'vitest';
import { parseMeasure, parseValue } from './value-text.js';

describe('parseValue', () => {
  it('reads numbers, separators, full-width digits and threshold signs', () => {
    expect(parseValue(2693.3)).toEqual({ value: 2693.3, comparator: '=' });
    expect(parseValue('1,234.5')).toEqual({ value: 1234.5, comparator: '=' });
    expect(parseValue('１２３')).toEqual({ value: 123, comparator: '=' });
    expect(parseValue('-3.2')).toEqual({ value: -3.2, comparator: '=' });
    expect(parseValue('>1500')).toEqual({ value: 1500, comparator: '>' });
    expect(parseValue('≥ 60')).toEqual({ value: 60, comparator: '>=' });
    expect(parseValue('约30')).toEqual({ value: 30, comparator: '~' });
  });

  it('refuses text, empty cells and non-finite numbers with a message', () => {
    expect(parseValue('很多')).toMatch(/not a number/u);
    expect(parseValue('')).toBe('no value');
    expect(parseValue(null)).toBe('no value');
    expect(parseValue(Number.NaN)).toMatch(/finite/u);
    expect(parseValue('1.2.3')).toMatch(/not a number/u);
  });
});

describe('parseMeasure', () => {
  it('maps Chinese and English words, and says when it does not know', () => {
    expect(parseMeasure('')).toBeNull();
    expect(parseMeasure('增速')).toBe('increase');
    expect(parseMeasure('Increase')).toBe('increase');
    expect(parseMeasure('下降')).toBe('decrease');
    expect(parseMeasure('排名')).toBe('rank');
    expect(parseMeasure('总量')).toBe('level');
    expect(parseMeasure('平均')).toBeUndefined();
  });
});
