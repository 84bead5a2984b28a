import { describe, expect, it } from 'vitest';
import { dueDateText } from './due-date-text.js';
import { frequencyText } from './frequency-text.js';
import { observationPeriod } from './report-observation.js';

describe('dueDateText', () => {
  it('reads the ways a 完成时限 is written', () => {
    expect(dueDateText('2026-12-31')).toBe('2026-12-31');
    expect(dueDateText('2026/6/30')).toBe('2026-06-30');
    expect(dueDateText('2026年6月30日')).toBe('2026-06-30');
    expect(dueDateText('2026年2月')).toBe('2026-02-28');
    expect(dueDateText('2026年6月底')).toBe('2026-06-30');
    expect(dueDateText('2026年底')).toBe('2026-12-31');
    expect(dueDateText('２０２６年')).toBe('2026-12-31');
    expect(dueDateText('46022')).toBe('2025-12-31');
  });
  it('refuses what is not a date', () => {
    for (const text of ['', '明年', '2026-13-01', '2026-02-30', '2026年13月']) {
      expect(dueDateText(text)).toBeNull();
    }
  });
});

describe('frequencyText and observationPeriod', () => {
  it('maps 月报/季报/半年报/年报', () => {
    expect(frequencyText('季报')).toBe('quarterly');
    expect(frequencyText('Monthly')).toBe('monthly');
    expect(frequencyText('周报')).toBeNull();
  });
  it('maps report periods to the cumulative part of the year', () => {
    expect(observationPeriod('2026-Q1')).toEqual({ year: 2026, period: 'Q1' });
    expect(observationPeriod('2026-Q3')).toEqual({ year: 2026, period: 'Q1-Q3' });
    expect(observationPeriod('2026-Q4')).toEqual({ year: 2026, period: null });
    expect(observationPeriod('2026-M10')).toEqual({ year: 2026, period: 'M1-M10' });
    expect(observationPeriod('2026-H1')).toEqual({ year: 2026, period: 'H1' });
    expect(observationPeriod('2026-H2')).toEqual({ year: 2026, period: null });
    expect(observationPeriod('2025')).toEqual({ year: 2025, period: null });
  });
});
