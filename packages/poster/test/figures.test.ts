import { describe, expect, it } from 'vitest';
import { enFigure, figureText, plainNumber, scaledZh, zhFigure } from '../src/figures.js';
import { item } from './support/sample-input.js';

const zh = (overrides: Parameters<typeof item>[0]): string => {
  const figure = zhFigure(item(overrides));
  return figure === null ? 'null' : figureText(figure);
};
const en = (overrides: Parameters<typeof item>[0]): string => {
  const figure = enFigure(item(overrides));
  return figure === null ? 'null' : figureText(figure);
};

describe('plainNumber', () => {
  it('writes numbers without separators, trailing zeros or -0', () => {
    expect(plainNumber(2693.3)).toBe('2693.3');
    expect(plainNumber(7307)).toBe('7307');
    expect(plainNumber(2.5)).toBe('2.5');
    expect(plainNumber(15.2793)).toBe('15.28');
    expect(plainNumber(-0.001)).toBe('0');
    expect(plainNumber(123456789)).toBe('123456789');
  });
});

describe('Chinese figures', () => {
  it('keeps the unit the document wrote: 2693.3亿元, 1.2万亿元', () => {
    expect(zh({ value: 2693.3 })).toBe('2693.3亿元');
    expect(zh({ value: 1.2, unit: '万亿元' })).toBe('1.2万亿元');
  });

  it('writes percentages and comparators as 一图读懂 does', () => {
    expect(zh({ measure: 'increase', value: 7.9, unit: '%' })).toBe('7.9%');
    expect(zh({ measure: 'increase', comparator: '>=', value: 7, unit: '%' })).toBe('7%以上');
    expect(zh({ comparator: '>', value: 3800 })).toBe('超3800亿元');
    expect(zh({ measure: 'increase', comparator: '~', value: 5, unit: '%' })).toBe('5%左右');
    expect(zh({ comparator: '<=', value: 3, unit: '%' })).toBe('3%以内');
    expect(zh({ comparator: '<', value: 3, unit: '%' })).toBe('低于3%');
    expect(zh({ comparator: 'range', value: 4.5, value_max: 5, unit: '%' })).toBe('4.5–5%');
  });

  it('writes places as 第1位', () => {
    expect(zh({ measure: 'rank', value: 1, unit: '位' })).toBe('第1位');
    expect(zh({ measure: 'rank', value: 3, unit: null, base_value: 3, base_unit: null })).toBe(
      '第3位',
    );
  });

  it('scales a figure the document gave no unit for', () => {
    expect(zh({ unit: null, value: 12000, base_value: 12000, base_unit: '人' })).toBe('1.2万人');
    expect(scaledZh(269330000000, '元')).toEqual({ value: '2693.3', unit: '亿元' });
    expect(scaledZh(35, '个')).toEqual({ value: '35', unit: '个' });
  });

  it('has no figure for an item without a value', () => {
    expect(zhFigure(item({ value: null }))).toBeNull();
    expect(enFigure(item({ value: null }))).toBeNull();
  });
});

describe('English figures', () => {
  it('uses million/billion and English unit names', () => {
    expect(en({ value: 2693.3 })).toBe('269.33 billion yuan');
    expect(en({ value: 342, unit: '万人' })).toBe('3.42 million people');
  });

  it('writes comparators as symbols and places as ordinals (1st)', () => {
    expect(en({ measure: 'increase', comparator: '>=', value: 7, unit: '%' })).toBe('≥ 7%');
    expect(en({ comparator: '>', value: 3800 })).toBe('> 380 billion yuan');
    expect(en({ measure: 'rank', value: 1, unit: '位' })).toBe('1st');
    expect(en({ comparator: 'range', value: 4.5, value_max: 5, unit: '%' })).toBe('4.5–5%');
  });
});
