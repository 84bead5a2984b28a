import { describe, expect, it } from 'vitest';
import {
  axisUnitName,
  formatAxisValue,
  formatNumber,
  formatQuantity,
  formatRank,
} from './number.js';
import { formatBaseTarget, formatWrittenTarget } from './target-text.js';
import { comparatorSign, comparatorWord } from './comparator.js';
import { ordinalEn, unitEn } from './units-en.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

describe('Chinese figures keep the documents’ style', () => {
  it('scales to 万 / 亿 / 万亿, no grouping', () => {
    expect(formatQuantity(269_330_000_000, '元', 'zh')).toBe('2693.3亿元');
    expect(formatQuantity(1_200_000_000_000, '元', 'zh')).toBe('1.2万亿元');
    expect(formatQuantity(3_000_000, '人', 'zh')).toBe('300万人');
    expect(formatQuantity(0.5, '个百分点', 'zh')).toBe('0.5个百分点');
    expect(formatQuantity(7.9, '%', 'zh')).toBe('7.9%');
    expect(formatRank(2, 'zh')).toBe('第2位');
    expect(formatNumber(1234567, 'zh')).toBe('1234567');
  });
});

describe('English figures: number, scale word, unit in words', () => {
  it('writes 亿元 as billions of yuan and 万亿 as trillions', () => {
    expect(formatQuantity(269_330_000_000, '元', 'en')).toBe('269.33 billion yuan');
    expect(formatQuantity(730_700_000_000, '元', 'en')).toBe('730.7 billion yuan');
    expect(formatQuantity(1_200_000_000_000, '元', 'en')).toBe('1.2 trillion yuan');
    expect(formatQuantity(52_000_000, '元', 'en')).toBe('52 million yuan');
  });
  it('writes 万人 as people, grouped below a million', () => {
    expect(formatQuantity(3_000_000, '人', 'en')).toBe('3 million people');
    expect(formatQuantity(12_000, '人', 'en')).toBe('12,000 people');
    expect(formatQuantity(200, '个', 'en')).toBe('200');
    expect(formatQuantity(15, '家', 'en')).toBe('15 firms');
  });
  it('keeps % and translates percentage points', () => {
    expect(formatQuantity(7.9, '%', 'en')).toBe('7.9%');
    expect(formatQuantity(0.5, '个百分点', 'en')).toBe('0.5 percentage points');
    expect(formatQuantity(2, '‰', 'en')).toBe('2‰');
    expect(formatQuantity(30, '分钟', 'en')).toBe('30 minutes');
  });
  it('writes a bare magnitude (300亿, 1.2万) as a plain number', () => {
    expect(formatQuantity(300, '亿', 'en')).toBe('30 billion');
    expect(formatQuantity(1.2, '万', 'en')).toBe('12,000');
    expect(
      formatWrittenTarget({ comparator: '>', value: 300, value_max: null, unit: '亿' }, 'en'),
    ).toBe('> 30 billion');
    expect(formatAxisValue(300, '亿', 'en')).toBe('30 bn');
  });
  it('writes ranks as ordinals', () => {
    expect(formatQuantity(2, '位', 'en')).toBe('2nd');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinalEn)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
    ]);
  });
  it('writes short axis ticks and names the unit in English', () => {
    expect(formatAxisValue(300_000_000_000, '元', 'en')).toBe('300 bn');
    expect(formatAxisValue(2_500_000, '人', 'en')).toBe('2.5 m');
    expect(formatAxisValue(6.5, '%', 'en')).toBe('6.5');
    expect(axisUnitName('元', 'en')).toBe('yuan');
    expect(axisUnitName('元', 'zh')).toBe('元');
  });
  it('leaves no Chinese in any unit the corpus uses', () => {
    const units = ['元', '人', '个', '家', '个百分点', '分钟', '平方米', '米', '吨', '斤', '人次'];
    const more = ['亩', '条', '户', '件', '项', '所', '个千分点', '美元', '年', '套', '千瓦时'];
    const rest = ['部', '辆次', '组', '立方米', '班', '次', '枚', '微克/立方米', '岁', '处', '场'];
    const last = ['个村', '吨/日', '吨/年', '台次', '台(套)', '千瓦', '列', '元/人', '位', '名'];
    for (const unit of [...units, ...more, ...rest, ...last]) {
      expect(formatQuantity(123_456_789, unit, 'en')).not.toMatch(CJK);
      expect(unitEn(unit)).not.toMatch(CJK);
    }
  });
});

describe('targets and comparators in either language', () => {
  it('writes targets as the document did (zh) and in words (en)', () => {
    const growth = { comparator: '>=', value: 7, value_max: null, unit: '%', measure: 'increase' };
    expect(formatWrittenTarget({ ...growth, comparator: '>=' }, 'zh')).toBe('增长≥7%');
    expect(formatWrittenTarget({ ...growth, comparator: '>=' }, 'en')).toBe('growth ≥ 7%');
    const level = { comparator: '~' as const, value: 2693.3, value_max: null, unit: '亿元' };
    expect(formatWrittenTarget(level, 'en')).toBe('≈ 269.33 billion yuan');
    const rank = { comparator: '<=' as const, value: 1, value_max: null, unit: '位' };
    expect(formatWrittenTarget(rank, 'zh')).toBe('≤第1位');
    expect(formatWrittenTarget(rank, 'en')).toBe('≤ 1st');
    const range = { comparator: 'range' as const, value: 6, value_max: 6.5, unit: '%' };
    expect(formatWrittenTarget(range, 'en')).toBe('6%–6.5%');
    const base = { comparator: '>=' as const, value: 3e11, value_max: null, unit: '元' };
    expect(formatBaseTarget(base, 'en')).toBe('≥ 300 billion yuan');
    expect(formatBaseTarget(base, 'zh')).toBe('≥3000亿元');
  });
  it('never shows comparator codes', () => {
    expect(comparatorWord('>=', 'zh')).toBe('不低于');
    expect(comparatorWord('~', 'zh')).toBe('约');
    expect(comparatorWord('range', 'zh')).toBe('区间');
    expect(comparatorWord('>=', 'en')).toBe('at least');
    expect(comparatorWord('range', 'en')).toBe('range');
    expect(comparatorSign('~', 'zh')).toBe('约');
    expect(comparatorSign('~', 'en')).toBe('≈ ');
    expect(comparatorSign('range', 'en')).toBe('');
  });
});
