/**
 * Issue 11, roll-up per responsible unit: once the Yiwu 十四五 targets are assigned (目标 →
 * 责任), the plan's evaluation rolls them up by lead unit beside section and framework part.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LantuApp } from '../src/index.js';
import { openTempApp, removeTempStores } from './support/temp-app.js';
import { yiwuInputs } from './support/yiwu-corpus.js';

const PLAN = 'cn-zj-jh-yw-2021-2025';
let app: LantuApp;

beforeAll(async () => {
  app = await openTempApp({ asOf: '2026-03-01' });
  await app.ingest(yiwuInputs(), { actor: 'test' });
});
afterAll(async () => {
  await app.close();
  removeTempStores();
});

it('has no unit groups before anything is assigned', async () => {
  const evaluation = await app.planEvaluation(PLAN);
  expect(evaluation.units).toEqual([]);
  expect(evaluation.rows.every((row) => row.units.length === 0)).toBe(true);
});

it('rolls up by lead unit, each assigned target under the unit that leads it', async () => {
  const before = await app.planEvaluation(PLAN);
  const gdp = before.rows.find(
    (row) => row.target.startsWith('≥2000') && row.indicator.includes('生产总值'),
  );
  const parcels = before.rows.find((row) => row.indicator.includes('快递'));
  expect(gdp).toBeDefined();
  expect(parcels).toBeDefined();
  const jurisdiction = before.plan.jurisdiction.code;
  const stats = await app.store.units.create(
    { jurisdiction, name: '市统计局', kind: 'department' },
    'test',
  );
  const post = await app.store.units.create(
    { jurisdiction, name: '市邮政管理局', kind: 'department' },
    'test',
  );
  const common = {
    start_date: '2026-01-01',
    due_date: '2026-12-31',
    frequency: 'quarterly' as const,
    supporting_unit_ids: [],
  };
  await app.store.assignments.createMany(
    [
      {
        ...common,
        subject_type: 'item',
        subject_id: gdp?.item_id ?? '',
        document_id: gdp?.target_source.document_id ?? '',
        title: '生产总值',
        lead_unit_id: stats.id,
        supporting_unit_ids: [post.id],
      },
      {
        ...common,
        subject_type: 'item',
        subject_id: parcels?.item_id ?? '',
        document_id: parcels?.target_source.document_id ?? '',
        title: '快递',
        lead_unit_id: post.id,
      },
    ],
    'test',
  );
  const evaluation = await app.planEvaluation(PLAN);
  expect(evaluation.units.map((group) => group.name)).toEqual(['市统计局', '市邮政管理局']);
  const [statsGroup, postGroup] = evaluation.units;
  expect(statsGroup?.item_ids).toEqual([gdp?.item_id]);
  expect(statsGroup?.roll_up.counts.achieved).toBe(1);
  expect(statsGroup?.roll_up.completionRate).toBe(1);
  // A supporting unit is not responsible for the result: the post office leads parcels only.
  expect(postGroup?.item_ids).toEqual([parcels?.item_id]);
  expect(postGroup?.roll_up.counts.missed).toBe(1);
  expect(evaluation.rows.find((row) => row.item_id === gdp?.item_id)?.units).toEqual(['市统计局']);

  // The 作战图 turns to units × quarters once targets are assigned; ?unit= keeps one unit.
  const map = await app.battleMap(PLAN);
  expect(map.axis).toBe('unit');
  expect(map.rows.map((row) => row.name).slice(0, 2)).toEqual(['市统计局', '市邮政管理局']);
  expect(map.rows.at(-1)?.name).toBe('未交办');
  expect(map.units).toEqual(['市统计局', '市邮政管理局']);
  const postMap = await app.battleMap(PLAN, { unit: '市邮政管理局' });
  expect(postMap.rows.map((row) => row.name)).toEqual(['市邮政管理局']);
  expect(postMap.rows[0]?.cells.flat().map((entry) => entry.item_id)).toEqual([parcels?.item_id]);
});
