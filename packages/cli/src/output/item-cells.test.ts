import { describe, expect, it } from 'vitest';
import { formatItemValue, formatItemYear } from './item-cells.js';
import { sampleItem } from '../../test/sample-item.js';

describe('formatItemValue', () => {
  it('joins comparator, value and unit', () => {
    expect(formatItemValue(sampleItem())).toBe('>=2000亿元');
    expect(formatItemValue(sampleItem({ comparator: '=' }))).toBe('2000亿元');
    expect(formatItemValue(sampleItem({ comparator: null, unit: null }))).toBe('2000');
  });

  it('shows a range as low–high', () => {
    const item = sampleItem({ comparator: 'range', value: 4.5, value_max: 5, unit: '%' });
    expect(formatItemValue(item)).toBe('4.5–5%');
  });

  it('names changes and ranks in words and marks yearly targets', () => {
    expect(formatItemValue(sampleItem({ measure: 'increase', value: 7, unit: '%' }))).toBe(
      'up >=7%',
    );
    expect(
      formatItemValue(sampleItem({ measure: 'decrease', value: 3, unit: '%', recurring: true })),
    ).toBe('down >=3%/yr');
    expect(
      formatItemValue(sampleItem({ measure: 'rank', comparator: '<=', value: 3, unit: '位' })),
    ).toBe('rank <=3位');
  });

  it('shows a dash for a milestone without a number', () => {
    expect(formatItemValue(sampleItem({ kind: 'milestone', value: null }))).toBe('—');
  });
});

describe('formatItemYear', () => {
  it('shows the year, a part-year period, or a span', () => {
    expect(formatItemYear(sampleItem())).toBe('2025');
    expect(formatItemYear(sampleItem({ period: 'H1' }))).toBe('2025 H1');
    expect(formatItemYear(sampleItem({ period: '2021-2025' }))).toBe('2021-2025');
    expect(formatItemYear(sampleItem({ year: null }))).toBe('—');
  });
});
