import { describe, expect, it } from 'vitest';
import { formatPeriod, formatYearPeriod } from './period.js';

describe('periods', () => {
  it('reads as readers write them', () => {
    expect(formatYearPeriod(2025, 'H1', 'zh')).toBe('2025年上半年');
    expect(formatYearPeriod(2025, 'H1', 'en')).toBe('2025 first half');
    expect(formatYearPeriod(2025, '2021-2025', 'zh')).toBe('2021—2025年');
    expect(formatYearPeriod(2025, null, 'zh')).toBe('2025年');
    expect(formatPeriod('Q1-Q3', 'zh')).toBe('前三季度');
    expect(formatPeriod('M1-M10', 'zh')).toBe('1—10月');
  });
});
