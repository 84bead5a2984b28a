/**
 * Plans on the Yiwu corpus: the two 十四五 proposal parts and the 2026 work report make
 * one plan, 义乌市“十四五”规划, and its evaluation lists GDP as achieved and the express
 * parcel rank as missed, each with the sentence it comes from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LantuApp, PlanEvaluation, PlanIndicatorRow } from '../src/index.js';
import { openTempApp, removeTempStores } from './support/temp-app.js';
import { yiwuInputs } from './support/yiwu-corpus.js';

const AS_OF = '2026-03-01';
const PLAN = 'cn-zj-jh-yw-2021-2025';
let app: LantuApp;
let evaluation: PlanEvaluation;

beforeAll(async () => {
  app = await openTempApp({ asOf: AS_OF });
  await app.ingest(yiwuInputs(), { actor: 'test' });
  evaluation = await app.planEvaluation(PLAN);
});
afterAll(async () => {
  await app.close();
  removeTempStores();
});

function rowsNamed(name: string): PlanIndicatorRow[] {
  return evaluation.rows.filter((row) => row.indicator.includes(name));
}

describe('plans', () => {
  it('groups the 十四五 proposal parts and the 2026 work report into one plan', async () => {
    const plans = await app.plans();
    const plan = plans.find((p) => p.id === PLAN);
    expect(plan?.name).toBe('义乌市“十四五”规划');
    expect(plan?.start_year).toBe(2021);
    expect(plan?.end_year).toBe(2025);
    const roles = plan?.documents.map((d) => d.role).sort();
    expect(roles).toEqual(['plan', 'plan', 'yearly-report']);
  });

  it('rolls up the period targets with a completion rate over assessed targets', () => {
    const { overall } = evaluation;
    expect(overall.total).toBe(evaluation.rows.length);
    expect(overall.total).toBeGreaterThan(100);
    expect(overall.counts.achieved).toBeGreaterThanOrEqual(3);
    expect(overall.counts.missed).toBeGreaterThanOrEqual(1);
    expect(overall.completionRate).toBeCloseTo(
      overall.counts.achieved / (overall.due - overall.counts['no-data']),
      6,
    );
    // No 2035 vision target is judged as part of the 十四五 plan.
    expect(evaluation.rows.every((row) => row.year === null || row.year <= 2025)).toBe(true);
  });

  it('lists 全市生产总值 ≥2000亿元 achieved by 2693.3 with both sources', () => {
    const gdp = rowsNamed('生产总值').find((row) => row.target.startsWith('≥2000'));
    expect(gdp).toMatchObject({
      unit: '亿元',
      target: '≥2000（2025年）',
      actual: '2693.3（2025年）',
      status: 'achieved',
      status_label: { zh: '已完成' },
    });
    expect(gdp?.target_source.label).toContain('十四个五年规划');
    expect(gdp?.target_source.sentence).toContain('2000亿元');
    expect(gdp?.actual_source?.label).toContain('2026义乌市政府工作报告');
    expect(gdp?.actual_source?.sentence).toContain('2693.3');
  });

  it('lists the express parcel rank as missed (第2位 against 第1位) among the problems', () => {
    const express = rowsNamed('快递').find((row) => row.status === 'missed');
    expect(express?.target).toContain('第1位');
    expect(express?.actual).toContain('第2位');
    expect(
      evaluation.problems.some((line) => line.includes('快递') && line.includes('未完成')),
    ).toBe(true);
  });

  it('rolls up by top-level section, every row in at most one section', () => {
    expect(evaluation.sections.length).toBeGreaterThan(3);
    const counted = evaluation.sections.reduce((sum, s) => sum + s.roll_up.total, 0);
    expect(counted).toBeLessThanOrEqual(evaluation.rows.length);
    expect(evaluation.sections.every((s) => s.item_ids.length === s.roll_up.total)).toBe(true);
  });

  it("keeps a person's choice of plan over inference, and says NOT_FOUND for unknown ids", async () => {
    const [doc] = await app.documents();
    if (doc === undefined) throw new Error('no documents');
    await app.setDocumentPlan({ documentId: doc.id, planId: null, role: 'other', actor: '张三' });
    await app.ingest(yiwuInputs().slice(0, 1), { actor: 'again' });
    await expect(
      app.setDocumentPlan({ documentId: 'nope', planId: PLAN, role: 'plan', actor: '张三' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(app.planEvaluation('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
