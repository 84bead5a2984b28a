/**
 * The proof on the Yiwu corpus: the five documents of fixtures/yiwu/corpus with
 * their manifest are ingested into a real SQLite store, and the scorecard must show each
 * status the issue lists, for the reasons it gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult, LantuApp, Scorecard, ScorecardRow } from '../src/index.js';
import { countRows, openTempApp, removeTempStores } from './support/temp-app.js';
import { yiwuInputs } from './support/yiwu-corpus.js';

const YI = 1e8;
// 2693.3亿元 in 元, written out: 2693.3 * 1e8 carries binary noise, the stored figure does not.
const GDP_2025 = 269_330_000_000;
const AS_OF = '2026-03-01';
let app: LantuApp;
let results: readonly IngestResult[];
let card: Scorecard;

beforeAll(async () => {
  app = await openTempApp({ asOf: AS_OF });
  results = await app.ingest(yiwuInputs(), { actor: 'proof' });
  card = await app.scorecard();
});
afterAll(async () => {
  await app.close();
  removeTempStores();
});

/** The one scorecard row matching `test`; fails when there is none or several. */
function onlyRow(test: (row: ScorecardRow) => boolean): ScorecardRow {
  const rows = card.rows.filter(test);
  expect(rows, 'exactly one matching row').toHaveLength(1);
  return rows[0] as ScorecardRow;
}

describe('Yiwu proof', () => {
  it('ingests the five documents, each in its own transaction, all linked to 义乌市', async () => {
    expect(results.map((r) => r.ok && r.status)).toEqual(Array(5).fill('created'));
    const documents = await app.documents();
    expect(documents).toHaveLength(5);
    expect(new Set(documents.map((d) => d.jurisdiction_code))).toEqual(new Set(['cn-zj-jh-yw']));
    expect(card.as_of).toBe(AS_OF);
    expect(card.total).toBe(card.rows.length);
  });

  it('十四五: 全市生产总值 2000亿元以上 (2025) is achieved by the 2025 figure 2693.3亿元', () => {
    const row = onlyRow(
      (r) =>
        r.document.kind === 'plan-proposal' &&
        r.item.indicator_code === 'gdp' &&
        r.item.year === 2025 &&
        r.item.base_value === 2000 * YI,
    );
    expect(row.item.comparator).toBe('>=');
    expect(row.status.status).toBe('achieved');
    expect(row.status.label.zh).toBe('已完成');
    expect(row.status.numbers.latest_value).toBe(GDP_2025);
    expect(row.status.numbers.latest_year).toBe(2025);
    expect(row.status.explanation.zh).toContain('2693.3亿元');
    expect(row.status.explanation.en).toContain('achieved');
    // The evidence is the work report's sentence, not a number from nowhere.
    const [evidence] = row.status.observations;
    expect(evidence?.source.type).toBe('document');
    expect(evidence?.source.type === 'document' && evidence.source.text).toContain('2693.3');
  });

  it('快递量 全国第一 (2025) is missed: 快递业务量 was 第2位 in 2025', () => {
    const row = onlyRow(
      (r) => r.item.indicator_code === 'express-delivery-volume' && r.item.measure === 'rank',
    );
    expect(row.item.base_value).toBe(1);
    expect(row.status.status).toBe('missed');
    expect(row.status.method).toBe('rank');
    expect(row.status.numbers.latest_value).toBe(2);
    expect(row.status.explanation.zh).toContain('第2位');
    expect(row.status.explanation.zh).toContain('未完成');
  });

  it('居民人均可支配收入 全国第一 (2025) is achieved', () => {
    const row = onlyRow(
      (r) => r.item.indicator_code === 'disposable-income' && r.item.measure === 'rank',
    );
    expect(row.item.scope).toBe('全国');
    expect(row.status.status).toBe('achieved');
    expect(row.status.numbers.latest_value).toBe(1);
  });

  it('工业总产值超2300亿元 is not linked to 规上工业总产值 (1500亿元), so that figure is not its evidence', async () => {
    const row = onlyRow(
      (r) => r.item.base_value === 2300 * YI && r.item.metric.includes('工业总产值'),
    );
    expect(row.item.indicator_code).toBe('industrial-output');
    expect(row.item.indicator_code).not.toBe('industrial-output-above-scale');
    // The 规上 figure exists and is linked to its own indicator …
    const aboveScale = await app.series('industrial-output-above-scale', 'cn-zj-jh-yw');
    expect(aboveScale.observations.map((o) => o.value)).toContain(1500 * YI);
    // … and is not used for 工业总产值, which has no figure of its own.
    expect(row.status.observations).toEqual([]);
    expect(row.status.status).toBe('no-data');
  });

  it('the 2026 annual targets of the work report are not yet due', () => {
    const annual = card.rows.filter(
      (r) => r.document.kind === 'work-report' && r.item.kind === 'target' && r.item.year === 2026,
    );
    const metrics = annual.map((r) => r.item.metric);
    for (const metric of [
      '一般公共预算收入',
      '出口',
      '进口',
      '社会消费品零售总额',
      '规上工业增加值',
      '固定资产投资',
    ]) {
      expect(metrics).toContain(metric);
    }
    expect(metrics.some((m) => m.includes('生产总值'))).toBe(true);
    for (const row of annual) {
      expect(row.status.status, row.item.metric).toBe('not-yet-due');
      expect(row.status.label.zh).toBe('未到期');
    }
  });

  it('十五五: 3800亿元 (2030) shows the growth it needs from 2693.3亿元 in 2025', () => {
    const row = onlyRow((r) => r.item.indicator_code === 'gdp' && r.item.year === 2030);
    const required = (Math.pow(3800 / 2693.3, 1 / 5) - 1) * 100;
    expect(row.status.status).toBe('not-yet-due');
    expect(row.status.method).toBe('eurostat-cagr-ratio');
    expect(row.status.numbers.baseline_value).toBe(GDP_2025);
    expect(row.status.numbers.baseline_year).toBe(2025);
    expect(row.status.numbers.required_annual_growth).toBeCloseTo(required, 6);
    expect(row.status.explanation.zh).toContain('需年均增长7.1%');
    expect(row.status.explanation.zh).toContain('2693.3亿元');
  });

  it('re-ingesting the identical files changes nothing', async () => {
    const before = await Promise.all(
      (['documents', 'items', 'observations', 'history'] as const).map((t) => countRows(app, t)),
    );
    const again = await app.ingest(yiwuInputs(), { actor: 'proof' });
    expect(again.map((r) => r.ok && r.status)).toEqual(Array(5).fill('unchanged'));
    expect(again.map((r) => r.ok && r.documentId)).toEqual(
      results.map((r) => r.ok && r.documentId),
    );
    const after = await Promise.all(
      (['documents', 'items', 'observations', 'history'] as const).map((t) => countRows(app, t)),
    );
    expect(after).toEqual(before);
    expect((await app.scorecard()).totals).toEqual(card.totals);
  });
});
