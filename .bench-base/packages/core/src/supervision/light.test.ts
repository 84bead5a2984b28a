import { describe, expect, it } from 'vitest';
import { assignmentLight, elapsedShare, type AssignmentFacts, type ReportFacts } from './light.js';
import { DEFAULT_SUPERVISION_RULES as RULES } from './rules.js';

const YEAR: AssignmentFacts = { start: '2026-01-01', due: '2026-12-31', frequency: 'quarterly' };
const report = (period: string, state: ReportFacts['state'], completion: number | null = null) => ({
  period,
  state,
  completion,
});

describe('assignmentLight', () => {
  it('is grey 暂无数据 while nothing is reported and nothing is due yet', () => {
    const light = assignmentLight(YEAR, [], '2026-02-01', RULES);
    expect(light).toMatchObject({ light: 'grey', state: 'no-data' });
    expect(light.label.zh).toBe('暂无数据');
    expect(light.explanation.zh).toBe('尚无报告，首次报告须于2026-04-10前报送');
  });

  it('is yellow when a report is due within the window', () => {
    const light = assignmentLight(YEAR, [], '2026-04-05', RULES);
    expect(light).toMatchObject({ light: 'yellow', state: 'report-due-soon' });
    expect(light.explanation.zh).toBe('2026年第一季度报告须于2026-04-10前报送（还有5天）');
  });

  it('is red 逾期未报 the day after a report fell due unreported, distinct from 暂无数据', () => {
    const light = assignmentLight(YEAR, [], '2026-04-11', RULES);
    expect(light).toMatchObject({ light: 'red', state: 'overdue-unreported' });
    expect(light.label).toEqual({ zh: '逾期未报', en: 'Overdue, not reported' });
    expect(light.explanation.zh).toBe('2026年第一季度报告应于2026-04-10前报送，已逾期1天未报');
    expect(light.overdue.map((p) => p.key)).toEqual(['2026-Q1']);
  });

  it('counts a returned report as not reported, a submitted one as reported', () => {
    expect(assignmentLight(YEAR, [report('2026-Q1', 'returned')], '2026-04-20', RULES).state).toBe(
      'overdue-unreported',
    );
    expect(assignmentLight(YEAR, [report('2026-Q1', 'submitted')], '2026-04-20', RULES).state).toBe(
      'on-schedule',
    );
  });

  it('compares progress with 序时进度: behind is yellow, far behind is red', () => {
    const mid = '2026-07-02'; // about half the year gone
    expect(elapsedShare(YEAR.start, YEAR.due, mid)).toBeCloseTo(0.5, 2);
    const reports = (c: number) => [
      report('2026-Q1', 'accepted', c / 2),
      report('2026-Q2', 'accepted', c),
    ];
    expect(assignmentLight(YEAR, reports(0.6), mid, RULES)).toMatchObject({
      light: 'green',
      state: 'on-schedule',
    });
    const behind = assignmentLight(YEAR, reports(0.4), mid, RULES);
    expect(behind).toMatchObject({ light: 'yellow', state: 'behind-schedule' });
    expect(behind.explanation.zh).toBe('序时进度50%，实际完成40%，低于序时进度');
    const far = assignmentLight(YEAR, reports(0.2), mid, RULES);
    expect(far).toMatchObject({ light: 'red', state: 'off-track' });
    expect(far.explanation.zh).toContain('落后30个百分点');
  });

  it('uses the latest accepted report before a newer one awaiting review', () => {
    const light = assignmentLight(
      YEAR,
      [report('2026-Q1', 'accepted', 0.3), report('2026-Q2', 'submitted', 0.1)],
      '2026-07-02',
      RULES,
    );
    expect(light.completion).toBe(0.3);
  });

  it('is green 已完成 once an accepted report shows the target reached, even later', () => {
    const light = assignmentLight(YEAR, [report('2026-Q2', 'accepted', 1.05)], '2027-03-01', RULES);
    expect(light).toMatchObject({ light: 'green', state: 'completed' });
    // a submitted figure alone does not complete it
    expect(
      assignmentLight(YEAR, [report('2026-Q2', 'submitted', 1.05)], '2026-08-01', RULES).state,
    ).toBe('overdue-unreported');
  });

  it('is red 逾期未完成 after the deadline when every report came but the target was not reached', () => {
    const all = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map((p) => report(p, 'accepted', 0.9));
    const light = assignmentLight(YEAR, all, '2027-01-05', RULES);
    expect(light).toMatchObject({ light: 'red', state: 'overdue' });
    expect(light.explanation.zh).toBe(
      '完成时限2026-12-31已过5天，尚未完成（序时进度100%，实际完成90%）',
    );
  });

  it('honours the configured yellow window', () => {
    const wide = { ...RULES, yellowWithinDays: 30 };
    expect(assignmentLight(YEAR, [], '2026-03-15', wide).state).toBe('report-due-soon');
    expect(assignmentLight(YEAR, [], '2026-03-15', RULES).state).toBe('no-data');
  });
});
