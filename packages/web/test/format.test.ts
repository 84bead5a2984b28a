import { describe, expect, it } from 'vitest';
import { toBaseUnit } from '../src/format/base-unit.js';
import { formatDate, formatYear } from '../src/format/date.js';
import { inlineText } from '../src/format/inline-text.js';
import {
  formatAxisValue,
  formatNumber,
  formatQuantity,
  formatShare,
} from '../src/format/number.js';
import { formatBaseTarget, formatWrittenTarget } from '../src/format/target-text.js';

describe('formatQuantity: base units the Chinese way', () => {
  it('scales yuan to 亿 and 万亿 without digit grouping', () => {
    expect(formatQuantity(269_330_000_000, '元')).toBe('2693.3亿元');
    expect(formatQuantity(730_700_000_000, '元')).toBe('7307亿元');
    expect(formatQuantity(1_200_000_000_000, '元')).toBe('1.2万亿元');
  });
  it('scales counts to 万 and leaves small ones alone', () => {
    expect(formatQuantity(12_000, '人')).toBe('1.2万人');
    expect(formatQuantity(200, '个')).toBe('200个');
    expect(formatQuantity(9_999, '个')).toBe('9999个');
  });
  it('never scales rates and writes ranks as 第N位', () => {
    expect(formatQuantity(7.9, '%')).toBe('7.9%');
    expect(formatQuantity(12_345, '%')).toBe('12345%');
    expect(formatQuantity(2, '位')).toBe('第2位');
  });
  it('rounds to two decimals and shows missing values as a dash', () => {
    expect(formatQuantity(123_456_789, '元')).toBe('1.23亿元');
    expect(formatQuantity(null, '元')).toBe('—');
    expect(formatQuantity(Number.NaN, '元')).toBe('—');
    expect(formatNumber(1234567)).toBe('1234567');
  });
  it('formats shares and axis ticks', () => {
    expect(formatShare(0.917)).toBe('91.7%');
    expect(formatShare(null)).toBe('—');
    expect(formatAxisValue(300_000_000_000, '元')).toBe('3000亿');
    expect(formatAxisValue(6.5, '%')).toBe('6.5');
  });
});

describe('toBaseUnit', () => {
  it('turns a written value into base units', () => {
    expect(toBaseUnit(2693.3, '亿元')).toEqual({ value: 269_330_000_000, unit: '元' });
    expect(toBaseUnit(1.2, '万人')).toEqual({ value: 12_000, unit: '人' });
    expect(toBaseUnit(1, '万亿元')).toEqual({ value: 1e12, unit: '元' });
  });
  it('keeps units that are not scaled', () => {
    expect(toBaseUnit(65, '%')).toEqual({ value: 65, unit: '%' });
    expect(toBaseUnit(5, '千瓦')).toEqual({ value: 5, unit: '千瓦' });
    expect(toBaseUnit(3, '万')).toEqual({ value: 3, unit: '万' });
    expect(toBaseUnit(null, '亿元')).toEqual({ value: null, unit: '元' });
    expect(toBaseUnit(4, null)).toEqual({ value: 4, unit: null });
  });
});

describe('dates and years', () => {
  it('writes dates as the documents do', () => {
    expect(formatDate('2026-01-20', 'zh')).toBe('2026年1月20日');
    expect(formatDate('2026-01-20T08:00:00Z', 'en')).toBe('20 Jan 2026');
    expect(formatDate(null, 'zh')).toBe('—');
    expect(formatDate('soon', 'zh')).toBe('soon');
    expect(formatYear(2025, 'zh')).toBe('2025年');
    expect(formatYear(2025, 'en')).toBe('2025');
  });
});

describe('targets in a few characters', () => {
  it('writes targets as the document did', () => {
    expect(formatWrittenTarget({ comparator: '>=', value: 200, value_max: null, unit: '个' })).toBe(
      '≥200个',
    );
    expect(formatWrittenTarget({ comparator: 'range', value: 6, value_max: 6.5, unit: '%' })).toBe(
      '6%–6.5%',
    );
    expect(
      formatWrittenTarget({
        comparator: '~',
        value: 7,
        value_max: null,
        unit: '%',
        measure: 'increase',
      }),
    ).toBe('增长约7%');
    expect(formatWrittenTarget({ comparator: '<=', value: 3, value_max: null, unit: '位' })).toBe(
      '≤第3位',
    );
    expect(
      formatWrittenTarget({ comparator: null, value: null, value_max: null, unit: null }),
    ).toBe('—');
  });
  it('writes base-unit targets scaled', () => {
    expect(
      formatBaseTarget({ comparator: '>=', value: 200_000_000_000, value_max: null, unit: '元' }),
    ).toBe('≥2000亿元');
    expect(
      formatBaseTarget({ comparator: '>', value: 100_000_000_000, value_max: null, unit: '元' }),
    ).toBe('>1000亿元');
  });
});

describe('inlineText', () => {
  it('joins print line breaks inside Chinese and drops markdown emphasis', () => {
    expect(inlineText('全市生\n产总值 **2693.3** 亿元')).toBe('全市生产总值 2693.3 亿元');
    expect(inlineText('GDP\nper capita')).toBe('GDP per capita');
  });
});
