import { describe, expect, it } from 'vitest';
import { isPeriodKey, periodWords, reportingPeriods } from './periods.js';

describe('reportingPeriods', () => {
  it('lists the quarters overlapping the window, each due after the lag', () => {
    const periods = reportingPeriods('quarterly', '2026-02-15', '2026-12-31', 10);
    expect(periods.map((p) => [p.key, p.reportDue])).toEqual([
      ['2026-Q1', '2026-04-10'],
      ['2026-Q2', '2026-07-10'],
      ['2026-Q3', '2026-10-10'],
      ['2026-Q4', '2027-01-10'],
    ]);
  });

  it('closes the last period at the due date, not at its calendar end', () => {
    const periods = reportingPeriods('yearly', '2026-01-01', '2026-06-30', 5);
    expect(periods).toEqual([
      { key: '2026', start: '2026-01-01', end: '2026-12-31', reportDue: '2026-07-05' },
    ]);
  });

  it('handles months, half-years and windows across years', () => {
    expect(reportingPeriods('monthly', '2026-11-20', '2027-01-31', 0).map((p) => p.key)).toEqual([
      '2026-M11',
      '2026-M12',
      '2027-M01',
    ]);
    expect(reportingPeriods('monthly', '2026-02-01', '2026-02-28', 0)[0]?.end).toBe('2026-02-28');
    expect(
      reportingPeriods('half-yearly', '2025-09-01', '2026-03-01', 0).map((p) => p.key),
    ).toEqual(['2025-H2', '2026-H1']);
  });

  it('knows the keys of each frequency and says them in words', () => {
    expect(isPeriodKey('quarterly', '2026-Q3')).toBe(true);
    expect(isPeriodKey('quarterly', '2026-Q5')).toBe(false);
    expect(isPeriodKey('monthly', '2026-M13')).toBe(false);
    expect(isPeriodKey('yearly', '2026')).toBe(true);
    expect(periodWords('2026-Q3')).toEqual({ zh: '2026年第三季度', en: 'Q3 2026' });
    expect(periodWords('2026-H1').zh).toBe('2026年上半年');
    expect(periodWords('2026-M07').zh).toBe('2026年7月');
    expect(periodWords('2026').zh).toBe('2026年');
  });
});
