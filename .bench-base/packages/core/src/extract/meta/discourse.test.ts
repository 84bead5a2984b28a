import { describe, expect, it } from 'vitest';
import { readDiscourse } from './discourse.js';

const h = (level: number, title: string) => ({ level, title });

describe('readDiscourse', () => {
  it('work reports: sections before the plan part that say nothing are the review', () => {
    // An excerpt of a provincial work report starting inside part 一 (the review).
    const d = readDiscourse(
      [h(2, '扎实保障和改善民生'), h(1, '2025年目标任务和重点工作'), h(2, '着力扩大有效需求')],
      { kind: 'work-report', horizon: 2025, reportYear: 2024 },
    );
    expect(d.sections.map((s) => s.role)).toEqual(['review', 'plan', 'plan']);
  });

  it('work reports: the review of last year, the plan and tasks of the report year', () => {
    // Headings of the national government work report of 2024 (published 2024-03-05).
    const d = readDiscourse(
      [
        h(1, '2023年工作回顾'),
        h(2, '着力扩大国内需求，推动经济实现回升向好'),
        h(1, '2024年经济社会发展总体要求和政策取向'),
        h(1, '2024年政府工作任务'),
        h(2, '大力推进现代化产业体系建设，加快发展新质生产力'),
      ],
      { kind: 'work-report', horizon: 2024, reportYear: 2023 },
    );
    expect(d.sections.map((s) => s.role)).toEqual(['review', 'review', 'plan', 'plan', 'plan']);
    expect(d.sections[1]?.reason).toContain('2023年工作回顾');
    expect(d.planYear).toBe(2024);
    expect(d.reviewYear).toBe(2023);
  });

  it('work reports at a change of term: 过去五年 is review, 对政府工作的建议 is plan', () => {
    // The 2018 and 2023 national work reports.
    const d = readDiscourse(
      [h(1, '过去五年工作回顾'), h(1, '对政府工作的建议'), h(1, '过去一年和五年工作回顾')],
      { kind: 'work-report', horizon: 2018, reportYear: 2017 },
    );
    expect(d.sections.map((s) => s.role)).toEqual(['review', 'plan', 'review']);
  });

  it('a heading year set against the report: past years review, the report year plans', () => {
    const d = readDiscourse([h(1, '2022年主要工作'), h(1, '2023年工作')], {
      kind: 'work-report',
      horizon: 2023,
      reportYear: 2022,
    });
    expect(d.sections.map((s) => s.role)).toEqual(['review', 'plan']);
  });

  it('city reports at the start of a term: 今后五年 targets fall due four years on', () => {
    const d = readDiscourse(
      [h(1, '过去五年工作回顾'), h(1, '今后五年的奋斗目标和主要任务'), h(2, '主要任务')],
      { kind: 'work-report', horizon: 2022, reportYear: 2021 },
    );
    expect(d.sections[1]?.horizon).toBe(2026);
    expect(d.sections[2]?.horizon).toBe(2026);
  });

  it('plans set targets except their review of the last period; communiqués only report', () => {
    const plan = readDiscourse(
      [h(1, '发展基础'), h(1, '“十四五”时期经济社会发展主要目标'), h(1, '建设现代化产业体系')],
      { kind: 'five-year-plan', horizon: 2025, reportYear: 2021 },
    );
    expect(plan.sections.map((s) => s.role)).toEqual(['review', 'plan', 'plan']);
    expect(plan.sections[2]?.fromTitle).toBe(false);
    const communique = readDiscourse([h(1, '综合'), h(1, '今年目标')], {
      kind: 'statistical-communique',
      horizon: 2024,
      reportYear: 2024,
    });
    expect(communique.sections.every((s) => s.role === 'review')).toBe(true);
  });

  it('headings with both kinds of words, and news without headings, say nothing', () => {
    const d = readDiscourse([h(1, '回顾与展望')], {
      kind: 'article',
      horizon: 2023,
      reportYear: 2023,
    });
    expect(d.sections[0]?.role).toBe('neutral');
    expect(d.documentRole.role).toBe('neutral');
  });
});
