import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period-text.js';

describe('parsePeriod', () => {
  it.each([
    ['2025', '', { year: 2025, period: null }],
    ['2025年', '', { year: 2025, period: null }],
    ['２０２５', '', { year: 2025, period: null }],
    ['2025H1', '', { year: 2025, period: 'H1' }],
    ['2025年上半年', '', { year: 2025, period: 'H1' }],
    ['2025Q1-Q3', '', { year: 2025, period: 'Q1-Q3' }],
    ['2025年前三季度', '', { year: 2025, period: 'Q1-Q3' }],
    ['2025年一季度', '', { year: 2025, period: 'Q1' }],
    ['2025年1-10月', '', { year: 2025, period: 'M1-M10' }],
    ['2025年1—10月', '', { year: 2025, period: 'M1-M10' }],
    ['2021-2025', '', { year: 2025, period: '2021-2025' }],
    ['2021—2025年', '', { year: 2025, period: '2021-2025' }],
    ['H1', '2025', { year: 2025, period: 'H1' }],
    ['', '2025年', { year: 2025, period: null }],
  ])('%s (year %s)', (period, year, expected) => {
    expect(parsePeriod(period, year)).toEqual(expected);
  });

  it.each([
    ['明年', ''],
    ['2025Q5', ''],
    ['2025-2021', ''],
    ['2025年13月', ''],
    ['2024', '2025'],
    ['', ''],
    ['', '25'],
  ])('refuses %s (year %s) with a message', (period, year) => {
    expect(typeof parsePeriod(period, year)).toBe('string');
  });
});
