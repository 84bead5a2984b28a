import { describe, expect, it } from 'vitest';
import type { MilestoneEvidence } from './types.js';
import { evaluateTarget } from './evaluate-target.js';
import { target } from './test-support.js';

const milestone = target({
  kind: 'milestone',
  metric: '建成高铁枢纽全高架站房',
  measure: null,
  comparator: null,
  value: null,
  year: 2024,
});
const report = (year: number, completed: boolean): MilestoneEvidence => ({
  year,
  completed,
  source: { type: 'manual', actor: 'test' },
});

describe('milestones', () => {
  it('is achieved only on a report of completion, early or late as its year says', () => {
    expect(
      evaluateTarget({
        target: milestone,
        observations: [],
        evidence: [report(2024, true)],
        asOf: '2025-02-01',
      }).label.zh,
    ).toBe('已完成');
    const early = evaluateTarget({
      target: milestone,
      observations: [],
      evidence: [report(2023, true)],
      asOf: '2023-12-01',
    });
    expect(early.status).toBe('achieved');
    expect(early.label.zh).toBe('提前完成');
    const late = evaluateTarget({
      target: milestone,
      observations: [],
      evidence: [report(2026, true)],
      asOf: '2026-05-01',
    });
    expect(late.label.zh).toBe('逾期完成');
    expect(late.explanation.zh).toContain('逾期完成');
  });

  it('nests quotes in the name the Chinese way', () => {
    const s = evaluateTarget({
      target: { ...milestone, metric: '成为“重要窗口”模范生', year: 2035 },
      observations: [],
      asOf: '2026-11-22',
    });
    expect(s.explanation.zh).toBe('“成为‘重要窗口’模范生”目标期限为2035年，尚未到期。');
  });

  it('ignores reports dated after the evaluation date', () => {
    const s = evaluateTarget({
      target: milestone,
      observations: [],
      evidence: [report(2025, true)],
      asOf: '2024-06-01',
    });
    expect(s.status).toBe('not-yet-due');
  });

  it('is not yet due until the year is over and a report could have come', () => {
    expect(evaluateTarget({ target: milestone, observations: [], asOf: '2024-12-31' }).status).toBe(
      'not-yet-due',
    );
    expect(evaluateTarget({ target: milestone, observations: [], asOf: '2025-02-01' }).status).toBe(
      'not-yet-due',
    );
  });

  it('is no-data after that with no report, or missed if configured or reported undone', () => {
    expect(evaluateTarget({ target: milestone, observations: [], asOf: '2025-06-01' }).status).toBe(
      'no-data',
    );
    expect(
      evaluateTarget({
        target: milestone,
        observations: [],
        asOf: '2025-06-01',
        config: { milestoneSilenceIsMissed: true },
      }).status,
    ).toBe('missed');
    const undone = evaluateTarget({
      target: milestone,
      observations: [],
      evidence: [report(2025, false)],
      asOf: '2025-02-01',
    });
    expect(undone.status).toBe('missed');
    expect(undone.explanation.zh).toContain('尚未完成');
  });
});
