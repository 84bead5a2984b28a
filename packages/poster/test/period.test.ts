import { describe, expect, it } from 'vitest';
import { whenText } from '../src/period.js';

describe('whenText', () => {
  it('writes years and part-years as Chinese readers do', () => {
    expect(whenText(2025, null)).toEqual({ zh: '2025年', en: '2025' });
    expect(whenText(2026, 'H1').zh).toBe('2026年上半年');
    expect(whenText(2026, 'Q1-Q3').zh).toBe('2026年前三季度');
    expect(whenText(2026, 'Q1').zh).toBe('2026年一季度');
    expect(whenText(2026, 'M1-M10').zh).toBe('2026年1-10月');
    expect(whenText(2025, '2021-2025')).toEqual({ zh: '2021-2025年', en: '2021-2025' });
  });

  it('writes part-years in English as months or halves', () => {
    expect(whenText(2026, 'M1-M10').en).toBe('Jan–Oct 2026');
    expect(whenText(2026, 'M3').en).toBe('Mar 2026');
    expect(whenText(2026, 'H1').en).toBe('2026 H1');
    expect(whenText(2026, 'Q1-Q3').en).toBe('2026 Q1–Q3');
  });
});
