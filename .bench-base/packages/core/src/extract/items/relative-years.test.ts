import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';
import { findRelativeYears } from './relative-years.js';

const milestones = (text: string) =>
  readDocument({
    text,
    meta: { title: '某市政府工作报告', kind: 'work-report', date: '2024-01-20', horizon: 2024 },
  })
    .items.filter((i) => i.kind === 'milestone')
    .map((i) => [i.metric, i.year]);

describe('years relative to the report', () => {
  it('dates 今年, 年内 and 明年 commitments', () => {
    expect(milestones('今年建成城市大脑，完成机场改造。')).toEqual([
      ['建成城市大脑', 2024],
      ['完成机场改造', 2024],
    ]);
    expect(milestones('年内完成老旧小区改造。')).toEqual([['完成老旧小区改造', 2024]]);
    expect(milestones('力争明年新机场投入使用。').map(([, year]) => year)).toEqual([2025]);
  });

  it('does not take a look back or a figure’s period for a deadline', () => {
    expect(findRelativeYears('今年以来完成投资', 2024)).toEqual([]);
    expect(findRelativeYears('今年上半年完成', 2024)).toEqual([]);
    expect(findRelativeYears('全年工业投资增长12%', 2024)).toEqual([]);
    expect(milestones('今年以来，完成机场改造。')).toEqual([]);
  });
});
