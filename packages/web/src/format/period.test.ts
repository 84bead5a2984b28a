import { describe, expect, it } from 'vitest';
import { formatPeriod, formatYearPeriod } from './period.js';

describe('periods', () => {
  it('reads as Chinese readers write them', () => {
    expect(formatYearPeriod(2025, 'H1', 'zh')).toBe('2025年上半年');
    expect(formatYearPeriod(2025, '2021-2025', 'zh')).toBe('2021—2025年');
    expect(formatYearPeriod(2025, null, 'zh')).toBe('2025年');
    expect(formatPeriod('Q1-Q3', 'zh')).toBe('前三季度');
    expect(formatPeriod('M1-M10', 'zh')).toBe('1—10月');
  });
  it('reads as English readers write them, with no Chinese left', () => {
    expect(formatYearPeriod(2025, 'H1', 'en')).toBe('H1 2025');
    expect(formatYearPeriod(2025, 'H2', 'en')).toBe('H2 2025');
    expect(formatYearPeriod(2025, 'Q1-Q3', 'en')).toBe('Q1–Q3 2025');
    expect(formatYearPeriod(2025, 'M1-M10', 'en')).toBe('Jan–Oct 2025');
    expect(formatYearPeriod(2025, 'M3', 'en')).toBe('Mar 2025');
    expect(formatYearPeriod(2025, '2021-2025', 'en')).toBe('2021–2025');
    expect(formatYearPeriod(2025, null, 'en')).toBe('2025');
  });
});
