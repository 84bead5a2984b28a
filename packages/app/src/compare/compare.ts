import { formatZh, LantuError, MEASURES, type Measure } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import { documentLabel, observationSource } from '../plans/figure-source.js';
import { comparatorSign, unitFactor } from '../plans/figure-text.js';
import { readableSentence } from '../plans/readable-sentence.js';
import { loadObservations, seriesKey } from '../scorecard/observation-rows.js';
import { loadTargetRecords } from '../scorecard/target-rows.js';
import type { ComparedValue, Comparison, ComparisonQuery, ComparisonRow } from './compare-types.js';

const LEVEL_ORDER: Readonly<Record<string, number>> = {
  country: 0,
  province: 1,
  prefecture: 2,
  county: 3,
  other: 4,
};

/**
 * One indicator and measure across jurisdictions: for each place and year, the target the
 * latest document set and the figure reported, each with its source — 义乌 vs 金华 vs 浙江 vs
 * 全国, or every province's growth target and outcome. Figures are compared in base units,
 * so 亿元 and 万元 never mix; a growth rate is never compared with a level.
 */
export async function compareJurisdictions(
  ctx: AppContext,
  query: ComparisonQuery,
): Promise<Comparison> {
  const measure: Measure = query.measure ?? 'level';
  if (!MEASURES.includes(measure)) {
    throw new LantuError('INPUT_INVALID', `measure must be one of ${MEASURES.join(', ')}`);
  }
  const indicator = await ctx.store.indicators.get(query.indicator);
  const wanted =
    query.jurisdictions === undefined
      ? undefined
      : await Promise.all(query.jurisdictions.map((j) => ctx.store.jurisdictions.resolve(j)));
  const wantedCodes = wanted?.map((j) => j.code);
  const yearOk = (year: number | null) =>
    year !== null && (query.years === undefined || query.years.includes(year));

  const targets = (
    await loadTargetRecords(ctx, {
      kinds: ['target'],
      indicator: indicator.code,
      ...(wantedCodes === undefined ? {} : { jurisdictions: wantedCodes }),
    })
  ).filter((r) => r.item.measure === measure && r.item.base_value !== null && yearOk(r.item.year));
  const places = new Set<string>(wantedCodes ?? []);
  if (wantedCodes === undefined) {
    const rows = await ctx.db
      .selectFrom('observations')
      .select('jurisdiction_code')
      .distinct()
      .where('indicator_code', '=', indicator.code)
      .where('measure', '=', measure)
      .execute();
    for (const row of rows) places.add(row.jurisdiction_code);
    for (const t of targets)
      if (t.item.jurisdiction_code !== null) places.add(t.item.jurisdiction_code);
  }
  const observations = await loadObservations(
    ctx,
    new Set([...places].map((code) => seriesKey(indicator.code, code))),
  );
  const documents = new Map((await ctx.store.documents.list()).map((d) => [d.id, d]));
  const all = new Map((await ctx.jurisdictions()).map((j) => [j.code, j]));
  const years = new Set<number>();
  const rows: ComparisonRow[] = [];
  for (const code of places) {
    const place = all.get(code);
    if (place === undefined) continue;
    const byYear = new Map<
      number,
      { target: ComparedValue | null; actual: ComparedValue | null }
    >();
    const cell = (year: number) => {
      let found = byYear.get(year);
      if (found === undefined) {
        found = { target: null, actual: null };
        byYear.set(year, found);
      }
      return found;
    };
    // Targets oldest document first, so the latest statement for a year wins.
    const own = targets
      .filter((t) => t.item.jurisdiction_code === code)
      .sort((a, b) => (a.document.date ?? '').localeCompare(b.document.date ?? ''));
    for (const t of own) {
      const { item } = t;
      const year = item.year ?? 0;
      years.add(year);
      const display = { unit: item.unit, baseUnit: item.base_unit, factor: unitFactor(item) };
      cell(year).target = {
        value: item.base_value ?? 0,
        text: `${comparatorSign(item.comparator)}${formatZh(item.base_value ?? 0, display)}`,
        source: {
          label: documentLabel(documents.get(t.document.id)),
          document_id: t.document.id,
          sentence: readableSentence(item.text),
        },
      };
    }
    const figures = (observations.get(seriesKey(indicator.code, code)) ?? []).filter(
      (o) => o.measure === measure && o.period === null && yearOk(o.year),
    );
    // Exact figures over thresholds (突破3000亿元) for the same year.
    for (const o of [...figures].sort(
      (a, b) => Number(a.comparator === '=') - Number(b.comparator === '='),
    )) {
      years.add(o.year);
      const display = { unit: null, baseUnit: o.base_unit, factor: 1 };
      cell(o.year).actual = {
        value: o.value,
        text: `${comparatorSign(o.comparator)}${formatZh(o.value, display)}`,
        source: observationSource(o.source, documents),
      };
    }
    if (byYear.size === 0 && wantedCodes === undefined) continue;
    rows.push({
      jurisdiction: {
        code: place.code,
        name_zh: place.name_zh,
        name_en: place.name_en,
        level: place.level,
      },
      cells: [...byYear].sort(([a], [b]) => a - b).map(([year, values]) => ({ year, ...values })),
    });
  }
  rows.sort(
    (a, b) =>
      (LEVEL_ORDER[a.jurisdiction.level] ?? 9) - (LEVEL_ORDER[b.jurisdiction.level] ?? 9) ||
      a.jurisdiction.name_zh.localeCompare(b.jurisdiction.name_zh, 'zh-CN'),
  );
  return {
    indicator: { code: indicator.code, name_zh: indicator.name_zh, name_en: indicator.name_en },
    measure,
    base_unit: measure === 'level' ? indicator.base_unit : measure === 'rank' ? '位' : '%',
    years: [...years].sort((a, b) => a - b),
    rows,
  };
}
