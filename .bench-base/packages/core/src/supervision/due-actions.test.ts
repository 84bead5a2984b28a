import { describe, expect, it } from 'vitest';
import { dueActions, type SupervisedAssignment, type SupervisedNotice } from './due-actions.js';
import { DEFAULT_SUPERVISION_RULES as RULES, supervisionRules } from './rules.js';

const ASSIGNMENT: SupervisedAssignment = {
  id: 'a1',
  title: '快递业务量',
  leadUnitId: 'u-commerce',
  start: '2026-01-01',
  due: '2026-12-31',
  frequency: 'quarterly',
  reports: [],
};
const NOTICE: SupervisedNotice = {
  id: 'n1',
  title: '加快推进快递进村',
  unitId: 'u-commerce',
  deadline: '2026-05-31',
  state: 'assigned',
};

const run = (today: string, done: readonly string[] = [], notices: SupervisedNotice[] = []) =>
  dueActions({ assignments: [ASSIGNMENT], notices, today, rules: RULES, done: new Set(done) });

describe('dueActions', () => {
  it('reminds the lead unit N days before a report is due, once', () => {
    expect(run('2026-04-06')).toEqual([]);
    const [remind] = run('2026-04-07');
    expect(remind).toMatchObject({
      kind: 'remind',
      subject: 'assignment',
      subjectId: 'a1',
      period: '2026-Q1',
      unitId: 'u-commerce',
      deadline: '2026-04-10',
      daysOverdue: -3,
      key: 'remind:assignment:a1:2026-Q1',
    });
    expect(remind?.message.zh).toBe(
      '“快递业务量”2026年第一季度报告须于2026-04-10前完成（还有3天）',
    );
    expect(run('2026-04-08', ['remind:assignment:a1:2026-Q1'])).toEqual([]);
  });

  it('urges the day after, again every week, and escalates after M days', () => {
    expect(run('2026-04-11').map((a) => a.key)).toEqual(['urge:assignment:a1:2026-Q1:0']);
    expect(run('2026-04-17', ['urge:assignment:a1:2026-Q1:0'])).toEqual([]);
    expect(run('2026-04-18', ['urge:assignment:a1:2026-Q1:0']).map((a) => a.key)).toEqual([
      'urge:assignment:a1:2026-Q1:1',
    ]);
    const late = run('2026-04-24', [
      'urge:assignment:a1:2026-Q1:0',
      'urge:assignment:a1:2026-Q1:1',
    ]);
    expect(late.map((a) => a.kind)).toEqual(['escalate']);
    expect(late[0]?.message.zh).toBe('上报：“快递业务量”2026年第一季度报告逾期14天仍未办理');
  });

  it('stops once the period is reported or the assignment is complete', () => {
    const reported = {
      ...ASSIGNMENT,
      reports: [{ period: '2026-Q1', state: 'submitted' as const, completion: 0.3 }],
    };
    expect(
      dueActions({
        assignments: [reported],
        notices: [],
        today: '2026-04-20',
        rules: RULES,
        done: new Set(),
      }),
    ).toEqual([]);
    const complete = {
      ...ASSIGNMENT,
      reports: [{ period: '2026-Q1', state: 'accepted' as const, completion: 1 }],
    };
    expect(
      dueActions({
        assignments: [complete],
        notices: [],
        today: '2026-12-30',
        rules: RULES,
        done: new Set(),
      }),
    ).toEqual([]);
  });

  it('urges and escalates a 督办单 by its deadline; an answered one only escalates; a closed one never', () => {
    const open = run('2026-06-01', [], [NOTICE]).filter((a) => a.subject === 'notice');
    expect(open.map((a) => a.key)).toEqual(['urge:notice:n1:0']);
    expect(open[0]?.message.zh).toBe('催办：督办单“加快推进快递进村”已逾期1天（时限2026-05-31）');
    const answered = run('2026-06-20', [], [{ ...NOTICE, state: 'responded' }]).filter(
      (a) => a.subject === 'notice',
    );
    expect(answered.map((a) => a.kind)).toEqual(['escalate']);
    expect(
      run('2026-06-20', [], [{ ...NOTICE, state: 'closed' }]).filter((a) => a.subject === 'notice'),
    ).toEqual([]);
  });

  it('takes its thresholds from the rules', () => {
    const rules = supervisionRules({ remindDaysBefore: 10 });
    const actions = dueActions({
      assignments: [ASSIGNMENT],
      notices: [],
      today: '2026-03-31',
      rules,
      done: new Set(),
    });
    expect(actions.map((a) => a.kind)).toEqual(['remind']);
    expect(() => supervisionRules({ escalateAfterDays: -1 })).toThrow(/escalateAfterDays/u);
    expect(() => supervisionRules({ urgeEveryDays: 0 })).toThrow(/urgeEveryDays/u);
  });
});
