import { STATUS_CODES } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { figureText } from '../src/figures.js';
import { statusStyle } from '../src/status-style.js';
import { chooseTargets, orderRows, statusTotals, TARGET_LIMIT } from '../src/targets.js';
import { row, status } from './support/sample-input.js';

describe('status words', () => {
  it('gives every status its plain Chinese word', () => {
    expect(STATUS_CODES.map((code) => statusStyle(code).word.zh)).toEqual([
      '已完成',
      '按序时推进',
      '滞后',
      '严重滞后',
      '未完成',
      '未到期',
      '暂无数据',
    ]);
  });

  it('gives each status its own colour', () => {
    const colours = STATUS_CODES.map((code) => statusStyle(code).colour);
    expect(new Set(colours).size).toBe(STATUS_CODES.length);
  });
});

describe('chooseTargets', () => {
  it('orders by deadline year, then document order', () => {
    const rows = [
      row('on-track', { metric: '乙', year: 2030, start: 1 }),
      row('on-track', { metric: '丙', year: 2026, start: 50 }),
      row('on-track', { metric: '甲', year: 2026, start: 10 }),
      row('on-track', { metric: '丁', year: null, start: 0 }),
    ];
    expect(orderRows(rows).map((r) => r.item.metric)).toEqual(['甲', '丙', '乙', '丁']);
  });

  it('writes the goal, the status word and the method word when it says more', () => {
    const { targets } = chooseTargets([
      row(
        'on-track',
        { metric: '全市生产总值' },
        { status: status('on-track', { label: { zh: '超序时', en: 'ahead of schedule' } }) },
      ),
    ]);
    const target = targets[0];
    expect(target?.label).toEqual({ zh: '全市生产总值增长', en: '全市生产总值 growth' });
    expect(
      target?.goal === null || target?.goal === undefined ? '' : figureText(target.goal.zh),
    ).toBe('7%以上');
    expect(target?.style.word.zh).toBe('按序时推进');
    expect(target?.detail).toEqual({ zh: '超序时', en: 'ahead of schedule' });
  });

  it('uses the indicator English name and no detail when the words agree', () => {
    const { targets } = chooseTargets([
      row(
        'achieved',
        {},
        {
          status: status('achieved', { label: { zh: '已完成', en: 'achieved' } }),
          indicator: { name_zh: '地区生产总值', name_en: 'GDP' },
        },
      ),
    ]);
    expect(targets[0]?.label.en).toBe('GDP growth');
    expect(targets[0]?.detail).toBeNull();
  });

  it('shows the latest figure in the unit the target wrote', () => {
    const { targets } = chooseTargets([
      row(
        'at-risk',
        { measure: 'level', comparator: '>', value: 3800, unit: '亿元', year: 2030 },
        {
          status: status('at-risk', { numbers: { latest_value: 269330000000, latest_year: 2025 } }),
        },
      ),
      row(
        'on-track',
        {},
        {
          status: status('on-track', {
            numbers: { latest_value: 7.9, latest_year: 2026, latest_period: 'H1' },
          }),
        },
      ),
    ]);
    // Rows come back in deadline order: the 2026 growth target before the 2030 level.
    expect(targets.map((t) => t.latest)).toEqual([
      { zh: '最新 7.9%（2026年上半年）', en: 'Latest 7.9% (2026 H1)' },
      { zh: '最新 2693.3亿元（2025年）', en: 'Latest 269.33 billion yuan (2025)' },
    ]);
  });

  it('puts milestones apart, without a goal figure, and counts what is left off', () => {
    const rows = [
      ...Array.from({ length: TARGET_LIMIT + 3 }, (_, i) =>
        row('no-data', { metric: `指标${i}`, start: i }),
      ),
      row('not-yet-due', {
        kind: 'milestone',
        metric: '建成市民中心',
        measure: null,
        value: null,
        unit: null,
      }),
    ];
    const chosen = chooseTargets(rows);
    expect(chosen.targets).toHaveLength(TARGET_LIMIT);
    expect(chosen.targetsOmitted).toBe(3);
    expect(chosen.milestones.map((m) => [m.kind, m.label.zh, m.goal])).toEqual([
      ['milestone', '建成市民中心', null],
    ]);
    expect(chosen.milestonesOmitted).toBe(0);
  });
});

describe('statusTotals', () => {
  it('counts rows per status in status order, leaving zeros out', () => {
    const totals = statusTotals([
      row('missed'),
      row('achieved'),
      row('missed'),
      row('no-data', { kind: 'milestone' }),
    ]);
    expect(totals.map((t) => [t.style.word.zh, t.count])).toEqual([
      ['已完成', 1],
      ['未完成', 2],
      ['暂无数据', 1],
    ]);
  });
});
