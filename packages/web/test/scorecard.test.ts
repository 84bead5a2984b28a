import { describe, expect, it } from 'vitest';
import { parseScorecardView, scorecardViewParams } from '../src/scorecard/scorecard-query.js';
import { sortRows } from '../src/scorecard/sort-rows.js';
import { barPercent, progressShare } from '../src/status/progress.js';
import { frameworkMismatch } from '../src/status/framework-check.js';
import { row, status } from './fixtures/rows.js';

describe('scorecard view in the URL', () => {
  it('reads valid filters and drops invalid ones', () => {
    const view = parseScorecardView(
      new URLSearchParams('status=missed&year=2025&q=%20快递%20&sort=year&dir=desc'),
    );
    expect(view).toEqual({
      query: { status: 'missed', document: undefined, year: 2025, indicator: undefined, q: '快递' },
      sort: 'year',
      direction: 'desc',
    });
    const bad = parseScorecardView(new URLSearchParams('status=great&year=20x5&sort=colour'));
    expect(bad.query.status).toBeUndefined();
    expect(bad.query.year).toBeUndefined();
    expect(bad.sort).toBe('status');
  });
  it('writes defaults as absent', () => {
    expect(
      scorecardViewParams({ query: { status: 'missed' }, sort: 'status', direction: 'asc' }),
    ).toEqual({
      status: 'missed',
      sort: undefined,
      dir: undefined,
    });
  });
});

describe('sortRows', () => {
  const missed = row({ id: 'm', year: 2025, metric: '快递量' }, status('missed'));
  const achieved = row({ id: 'a', year: 2024, metric: '出口' }, status('achieved'));
  const noYear = row({ id: 'n', year: null, metric: '进口' }, status('no-data'));
  it('puts the worst status first', () => {
    expect(sortRows([achieved, noYear, missed], 'status', 'asc').map((r) => r.item.id)).toEqual([
      'm',
      'n',
      'a',
    ]);
    expect(sortRows([achieved, noYear, missed], 'status', 'desc').map((r) => r.item.id)).toEqual([
      'a',
      'n',
      'm',
    ]);
  });
  it('keeps rows without a value last in both directions', () => {
    expect(sortRows([noYear, missed, achieved], 'year', 'asc').map((r) => r.item.id)).toEqual([
      'a',
      'm',
      'n',
    ]);
    expect(sortRows([noYear, missed, achieved], 'year', 'desc').map((r) => r.item.id)).toEqual([
      'm',
      'a',
      'n',
    ]);
  });
  it('does not reorder its input', () => {
    const input = [achieved, missed];
    sortRows(input, 'status', 'asc');
    expect(input.map((r) => r.item.id)).toEqual(['a', 'm']);
  });
});

describe('progressShare', () => {
  it('measures the distance from baseline to target', () => {
    const s = status(
      'on-track',
      { baseline_value: 100, latest_value: 150, target_value: 200 },
      'eurostat-cagr-ratio',
    );
    expect(progressShare(s)).toBeCloseTo(0.5);
  });
  it('uses the 序时 share within the year', () => {
    expect(
      progressShare(status('at-risk', { progress_share: 0.8, latest_value: 1 }, 'xushi-progress')),
    ).toBe(0.8);
  });
  it('counts a better rank as progress and has no share without figures', () => {
    expect(progressShare(status('missed', { latest_value: 2, target_value: 1 }, 'rank'))).toBe(0.5);
    expect(progressShare(status('no-data'))).toBeNull();
    expect(progressShare(status('achieved'))).toBe(1);
  });
  it('clamps the bar', () => {
    expect(barPercent(1.7)).toBe(100);
    expect(barPercent(-0.2)).toBe(0);
    expect(barPercent(null)).toBe(0);
    expect(barPercent(0.456)).toBe(46);
  });
});

describe('frameworkMismatch', () => {
  it('flags a list that does not match its count', () => {
    expect(frameworkMismatch([{ count: 8, label: '典范', items: ['a', 'b'] }])).toBe(true);
    expect(frameworkMismatch([{ count: 2, label: '', items: ['a', 'b'] }])).toBe(false);
    expect(frameworkMismatch([{ count: 10, label: '行动', items: [] }])).toBe(false);
  });
});
