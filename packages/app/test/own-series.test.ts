import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '@lantu/core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openFigures,
  openSupervision,
  type Figures,
  type IngestInput,
  type LantuApp,
  type Supervision,
} from '../src/index.js';
import { addTestCity } from './support/sample-documents.js';
import { openTempApp, removeTempStores, utf8 } from './support/temp-app.js';

const REVIEWER: Actor = { userId: 'u-rev', name: '发改局 张三', role: 'reviewer', unitId: null };
const SUPERVISOR: Actor = {
  userId: 'u-sup',
  name: '督查室 王主任',
  role: 'supervisor',
  unitId: null,
};

/** Targets no catalog indicator covers: gardens (a count) and a headcount. */
function plan(fileName: string, date: string, text: string): IngestInput {
  return {
    fileName,
    bytes: utf8(text),
    meta: { title: fileName, jurisdiction: '测试市', kind: 'five-year-plan', date, horizon: 2025 },
  };
}
const PLAN = plan(
  'garden-plan.txt',
  '2021-01-01',
  '一、主要目标\n到2025年，植物专类园达到18个，新增城镇就业岗位达到5万人。\n',
);
const RESTATED = plan(
  'garden-plan-revised.txt',
  '2023-01-01',
  '一、主要目标\n到2025年，植物专类园达到18个。\n',
);

describe('a target no catalog indicator covers gets a series of its own', () => {
  let app: LantuApp;
  let figures: Figures;
  let dir: string;

  beforeEach(async () => {
    app = await openTempApp({ asOf: '2026-03-01' });
    figures = openFigures(app);
    dir = mkdtempSync(join(tmpdir(), 'lantu-own-series-'));
    await addTestCity(app);
    await app.ingest([PLAN, RESTATED], { actor: 'tester' });
  });
  afterEach(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterAll(removeTempStores);

  const gardens = async () =>
    (await app.store.items.list({})).filter((i) => i.metric === '植物专类园');
  const statusOf = async (id: string) =>
    (await app.scorecard({ jurisdiction: '测试市' })).rows.find((r) => r.item.id === id)?.status;

  it('a figure entered for it moves its status, and its restatement shares the series', async () => {
    const [first, second] = await gardens();
    expect(first?.indicator_code).toBeNull();
    expect((await statusOf(first?.id ?? ''))?.status).toBe('no-data');

    await figures.enter(
      { itemId: first?.id ?? '', period: '2025', value: 19, unit: '个', note: '市园林局来函' },
      REVIEWER,
    );
    expect((await statusOf(first?.id ?? ''))?.status).toBe('achieved');

    const linked = await app.store.items.get(first?.id ?? '');
    const indicator = await app.store.indicators.get(linked.indicator_code ?? '');
    expect(indicator).toMatchObject({
      name_zh: '植物专类园',
      unit_family: 'count',
      is_builtin: false,
    });
    expect(linked.link_method).toBe('manual');
    expect(linked.jurisdiction_code).not.toBeNull();

    // the same promise in the later document: a figure for it lands on the same series
    await figures.enter(
      { itemId: second?.id ?? '', period: '2024', value: 16, unit: '个', note: '年报' },
      REVIEWER,
    );
    expect((await app.store.items.get(second?.id ?? '')).indicator_code).toBe(indicator.code);
    expect((await app.store.indicators.list()).filter((i) => !i.is_builtin)).toHaveLength(1);
  });

  it('a figure in the wrong unit family is refused and links nothing', async () => {
    const [first] = await gardens();
    await expect(
      figures.enter(
        { itemId: first?.id ?? '', period: '2025', value: 19, unit: '亿元', note: '来函' },
        REVIEWER,
      ),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    expect((await app.store.items.get(first?.id ?? '')).indicator_code).toBeNull();
    expect((await app.store.indicators.list()).filter((i) => !i.is_builtin)).toHaveLength(0);
  });

  it('an accepted report on it becomes its figure (before, the figure was dropped)', async () => {
    const loop: Supervision = openSupervision(app, { storageDir: dir, today: () => '2026-03-01' });
    const unit = await app.store.units.create(
      { jurisdiction: '测试市', name: '园林局', kind: 'department' },
      SUPERVISOR,
    );
    const reporter: Actor = { userId: 'u-g', name: '园林局 陈', role: 'reporter', unitId: unit.id };
    const [first] = await gardens();
    const assignment = await loop.assign(
      {
        subject: { type: 'item', id: first?.id ?? '' },
        leadUnitId: unit.id,
        supportingUnitIds: [],
        startDate: '2025-01-01',
        dueDate: '2025-12-31',
        frequency: 'yearly',
      },
      SUPERVISOR,
    );
    const report = await loop.submitReport(
      {
        assignmentId: assignment.id,
        period: '2025',
        value: 17,
        unit: '个',
        progress: '建成17个',
        submit: true,
      },
      reporter,
    );
    await loop.acceptReport(report.id, report.version, SUPERVISOR);
    const status = await statusOf(first?.id ?? '');
    expect(status?.status).not.toBe('no-data');
    expect(status?.status).not.toBe('achieved');
  });
});
