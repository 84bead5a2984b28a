import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LantuApp, ScorecardRow } from '../src/index.js';
import { addTestCity, SAMPLE_DOCUMENTS } from './support/sample-documents.js';
import { openTempApp, removeTempStores } from './support/temp-app.js';

let app: LantuApp;
beforeAll(async () => {
  app = await openTempApp({ asOf: '2026-03-01' });
  await addTestCity(app);
  await app.ingest(SAMPLE_DOCUMENTS, { actor: 'tester' });
});
afterAll(async () => {
  await app.close();
  removeTempStores();
});

const statusOf = (
  rows: readonly ScorecardRow[],
  title: string,
  metric: string,
): string | undefined =>
  rows.find((r) => r.document.title === title && r.item.metric === metric)?.status.status;

describe('scorecard', () => {
  it('evaluates every target and milestone, grouped by document in date order, with sections', async () => {
    const card = await app.scorecard();
    expect(card.rows.map((r) => [r.document.title, r.item.metric])).toEqual([
      ['测试市十四五规划', '全市生产总值'],
      ['测试市十四五规划', '一般公共预算收入'],
      ['测试市十四五规划', '全市进出口总额'],
      ['测试市十四五规划', '建成国际物流枢纽'],
      ['测试市十四五规划（修订）', '全市生产总值'],
      ['测试市十四五规划（修订）', '全市进出口总额'],
      ['测试市2026年政府工作报告', '全市生产总值'],
      ['测试市2026年政府工作报告', '一般公共预算收入'],
    ]);
    expect(card.rows[0]?.section).toEqual({ index: 0, label: '一、', title: '主要目标' });
    expect(card.rows[3]?.section).toMatchObject({ label: '二、', title: '重点任务' });
    // 2100亿 meets ≥ 2000 but not ≥ 2200; trade 3200 passes 3000.
    expect(statusOf(card.rows, '测试市十四五规划', '全市生产总值')).toBe('achieved');
    expect(statusOf(card.rows, '测试市十四五规划（修订）', '全市生产总值')).toBe('missed');
    expect(statusOf(card.rows, '测试市十四五规划', '全市进出口总额')).toBe('achieved');
    expect(statusOf(card.rows, '测试市十四五规划', '一般公共预算收入')).toBe('no-data');
    expect(card.rows[6]?.status.status).toBe('not-yet-due');
    expect(card.rows[0]?.indicator).toEqual({
      code: 'gdp',
      name_zh: '地区生产总值',
      name_en: 'Gross domestic product (GDP)',
    });
    expect(card.total).toBe(8);
    expect(Object.values(card.totals).reduce((a, b) => a + b, 0)).toBe(8);
    expect(card.totals.achieved).toBe(3); // GDP ≥ 2000 and trade > 3000 in both plans
  });

  it('shows a goal-post change and a target a newer plan no longer mentions', async () => {
    const card = await app.scorecard({ jurisdiction: '测试市' });
    expect(card.goalpost_changes).toHaveLength(1);
    expect(card.goalpost_changes[0]).toMatchObject({
      indicator_code: 'gdp',
      jurisdiction: 'cn-zj-test',
      year: 2025,
      direction: 'raised',
    });
    expect(card.retired_targets).toHaveLength(1);
    expect(card.retired_targets?.[0]).toMatchObject({
      indicator_code: 'general-public-budget-revenue',
      dropped_in: { title: '测试市十四五规划（修订）' },
    });
    // Seen from one document, the change against the other document is still shown.
    const plans = await app.documents();
    const first = plans.find((d) => d.title === '测试市十四五规划');
    const narrowed = await app.scorecard({ documentId: first?.id });
    expect(narrowed.rows.every((r) => r.document.id === first?.id)).toBe(true);
    expect(narrowed.goalpost_changes).toHaveLength(1);
  });

  it('filters by status (totals stay whole), kind, indicator, year and text, and pages', async () => {
    const missed = await app.scorecard({ status: 'missed' });
    expect(missed.rows.map((r) => r.status.status)).toEqual(['missed']);
    expect(missed.total).toBe(1);
    expect(missed.totals.achieved).toBe(3);
    expect((await app.scorecard({ kind: 'milestone' })).rows.map((r) => r.item.metric)).toEqual([
      '建成国际物流枢纽',
    ]);
    expect((await app.scorecard({ indicator: 'gdp', year: 2026 })).total).toBe(1);
    expect((await app.scorecard({ q: '进出口' })).total).toBe(2);
    expect((await app.scorecard({ q: 'nothing-like-this' })).total).toBe(0);
    const page = await app.scorecard({ limit: 3, offset: 2 });
    expect(page.total).toBe(8);
    expect(page.rows.map((r) => r.item.metric)).toEqual([
      '全市进出口总额',
      '建成国际物流枢纽',
      '全市生产总值',
    ]);
    await expect(app.scorecard({ limit: -1 })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(app.scorecard({ status: 'great' as never })).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
    await expect(app.scorecard({ jurisdiction: '火星' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('computes statuses for another date on request', async () => {
    const later = await app.scorecard({ asOf: '2027-06-01', year: 2026 });
    expect(later.as_of).toBe('2027-06-01');
    expect(later.rows.map((r) => r.status.status)).toEqual(['no-data', 'no-data']);
    await expect(app.scorecard({ asOf: '2027-02-30' })).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
  });

  it('two sources reporting different values for one figure are both shown', async () => {
    const csv = '指标,地区,时期,数值,单位\n地区生产总值,测试市,2025,2150,亿元\n';
    expect(
      await app.importObservations('stats.csv', new TextEncoder().encode(csv), { actor: 't' }),
    ).toMatchObject({ imported: 1 });
    const card = await app.scorecard({ indicator: 'gdp' });
    const conflict = card.claim_conflicts.find(
      (c) =>
        (c as { measure: string; year: number }).measure === 'level' &&
        (c as { year: number }).year === 2025,
    ) as { values: number[]; observations: { source: { type: string } }[] } | undefined;
    expect(conflict?.values).toEqual([210_000_000_000, 215_000_000_000]);
    expect(conflict?.observations.map((o) => o.source.type).sort()).toEqual(['document', 'table']);
  });
});

describe('corrections and rejections', () => {
  it('a corrected figure wins; a rejected target leaves the scorecard; a rejected figure is no evidence', async () => {
    const fresh = await openTempApp({ asOf: '2026-03-01' });
    try {
      await addTestCity(fresh);
      await fresh.ingest(SAMPLE_DOCUMENTS, { actor: 'tester' });
      const report = (await fresh.documents()).find((d) => d.kind === 'work-report');
      const items = (await fresh.document(report?.id ?? '')).items;
      const gdp = items.find(
        (i) => i.kind === 'actual' && i.metric === '全市生产总值' && i.measure === 'level',
      );
      if (gdp === undefined) throw new Error('no GDP figure');
      const plan = async (): Promise<ScorecardRow | undefined> =>
        (await fresh.scorecard({ q: '生产总值', year: 2025 })).rows.find(
          (r) => r.document.title === '测试市十四五规划',
        );
      expect((await plan())?.status.status).toBe('achieved');

      await fresh.changeItem(gdp.id, {
        action: 'correct',
        patch: { value: 1900, base_value: 190_000_000_000 },
        actor: 'alice',
      });
      expect((await plan())?.status).toMatchObject({
        status: 'missed',
        numbers: { latest_value: 190_000_000_000 },
      });

      await fresh.changeItem(gdp.id, { action: 'reject', actor: 'alice' });
      expect((await plan())?.status.status).toBe('no-data');

      const target = await plan();
      await fresh.changeItem(target?.item.id ?? '', { action: 'reject', actor: 'alice' });
      expect(await plan()).toBeUndefined();
      expect((await fresh.itemHistory(gdp.id)).map((h) => h.action)).toEqual([
        'link',
        'correct',
        'reject',
      ]);
    } finally {
      await fresh.close();
    }
  });
});
