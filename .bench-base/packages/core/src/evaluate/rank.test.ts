import { describe, expect, it } from 'vitest';
import { evaluateTarget } from './evaluate-target.js';
import { sameRankScope } from './method-rank.js';
import { obs, target } from './test-support.js';

const rankTarget = (value: number, comparator: '=' | '<=' = '=', scope = '全省县（市、区）') =>
  target({
    metric: '营商环境评价排名',
    measure: 'rank',
    comparator,
    value,
    unit: '位',
    base_unit: '位',
    scope,
    year: 2025,
  });
const ranked = (year: number, value: number, extra: { period?: string; scope?: string } = {}) =>
  obs({ year, value, measure: 'rank', base_unit: '位', ...extra });

describe('rank targets', () => {
  it('before the deadline: on track when the latest rank meets the target, else at risk', () => {
    const on = evaluateTarget({
      target: rankTarget(3, '<='),
      observations: [ranked(2023, 2)],
      asOf: '2024-06-01',
    });
    expect(on.status).toBe('on-track');
    expect(on.explanation.zh).toContain('目标前3位');
    const risk = evaluateTarget({
      target: rankTarget(1),
      observations: [ranked(2022, 1), ranked(2023, 4)],
      asOf: '2024-06-01',
    });
    expect(risk.status).toBe('at-risk');
    expect(risk.numbers.latest_year).toBe(2023);
  });

  it('uses a part-year rank of the deadline year before the year ends', () => {
    const s = evaluateTarget({
      target: rankTarget(1),
      observations: [ranked(2024, 3), ranked(2025, 1, { period: 'H1' })],
      asOf: '2025-08-15',
    });
    expect(s.status).toBe('on-track');
    expect(s.numbers.latest_period).toBe('H1');
  });

  it('at the deadline: achieved at or above the place, missed below it', () => {
    expect(
      evaluateTarget({
        target: rankTarget(3, '<='),
        observations: [ranked(2025, 3)],
        asOf: '2026-04-01',
      }).status,
    ).toBe('achieved');
    expect(
      evaluateTarget({
        target: rankTarget(3, '<='),
        observations: [ranked(2025, 4)],
        asOf: '2026-04-01',
      }).status,
    ).toBe('missed');
  });

  it('ignores ranks in another ranking', () => {
    const s = evaluateTarget({
      target: rankTarget(1, '=', '全国'),
      observations: [ranked(2025, 1, { scope: '全省县（市、区）' })],
      asOf: '2026-04-01',
    });
    expect(s.status).toBe('no-data');
  });

  it('is not yet due with no ranking before the deadline', () => {
    expect(
      evaluateTarget({ target: rankTarget(1), observations: [], asOf: '2024-06-01' }).status,
    ).toBe('not-yet-due');
  });
});

describe('sameRankScope', () => {
  it('compares the geographic head of the scope', () => {
    expect(sameRankScope('全国', '全国县（市）')).toBe(true);
    expect(sameRankScope('全国', '中国县域')).toBe(true);
    expect(sameRankScope('全省县（市、区）', '全省十七强县市')).toBe(true);
    expect(sameRankScope('全国', '全省县（市、区）')).toBe(false);
    expect(sameRankScope(null, '全省')).toBe(true);
  });
});

describe('rank scope in the explanation', () => {
  it('says the figure’s scope word for word and the target’s where they differ', () => {
    const s = evaluateTarget({
      target: rankTarget(1, '=', '全国'),
      observations: [ranked(2025, 1, { scope: '全国县（市）' })],
      asOf: '2026-04-01',
    });
    expect(s.explanation.zh).toContain('全国县（市）第1');
    expect(s.explanation.zh).toContain('目标居全国');
    expect(s.explanation.en).toContain('(全国县（市）)');
  });

  it('names the scope once when target and figure share it', () => {
    const s = evaluateTarget({
      target: rankTarget(1),
      observations: [ranked(2025, 1, { scope: '全省县（市、区）' })],
      asOf: '2026-04-01',
    });
    expect(s.explanation.zh.split('全省县（市、区）').length).toBe(2);
  });
});
