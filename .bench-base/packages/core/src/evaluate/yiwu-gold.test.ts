import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../indicators/catalog.js';
import { linkItem } from '../indicators/link-item.js';
import type { Item } from '../model/item.js';
import type { Observation } from '../model/observation.js';
import { evaluateTarget } from './evaluate-target.js';
import type { ScopedObservation } from './figures.js';
import { STATUS_CODES, type TargetStatus } from './types.js';

/**
 * End to end on the gold readings: link every item, turn the actuals into
 * observations, evaluate every linked target as of 2026-11-22.
 */
const goldDir = fileURLToPath(new URL('../../../../fixtures/yiwu/gold/', import.meta.url));
const catalog = defaultCatalog();
const context = { jurisdictionNames: ['义乌市'] };

const items: { file: string; item: Item }[] = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((file) => {
    const gold = JSON.parse(readFileSync(goldDir + file, 'utf8')) as { items: Item[] };
    return gold.items.map((item) => ({ file, item }));
  });

const observations: ScopedObservation[] = items.flatMap(({ file, item }) => {
  if (item.kind !== 'actual' || item.measure === null || item.year === null) return [];
  if (item.base_value === null || item.comparator === null || item.comparator === 'range')
    return [];
  const link = linkItem(item, catalog, context);
  if (link === null) return [];
  const o: ScopedObservation = {
    indicator_code: link.indicator_code,
    jurisdiction: 'yiwu',
    year: item.year,
    period: item.period,
    measure: item.measure,
    value: item.base_value,
    base_unit: item.base_unit,
    comparator: item.comparator,
    source: {
      type: 'document',
      document_id: file,
      item_id: '',
      text: item.text,
      start: item.start,
      end: item.end,
    },
    scope: item.scope,
  };
  return [o];
});

function evaluateGold(
  file: string,
  metric: string,
  year: number,
  measure: Item['measure'],
): TargetStatus {
  const found = items.find(
    (e) =>
      e.file.startsWith(file) &&
      e.item.kind === 'target' &&
      e.item.metric === metric &&
      e.item.year === year &&
      e.item.measure === measure,
  );
  if (found === undefined) throw new Error(`no gold target ${metric} ${year}`);
  const link = linkItem(found.item, catalog, context);
  const code = link?.indicator_code ?? '(unlinked)';
  return evaluateTarget({
    target: found.item,
    indicator: catalog.byCode.get(code) ?? null,
    observations: observations.filter((o) => o.indicator_code === code),
    asOf: '2026-11-22',
  });
}

describe('Yiwu gold, end to end as of 2026-11-22', () => {
  it('finds observations in the gold actuals', () => {
    expect(observations.length).toBeGreaterThan(20);
    expect(
      observations.some(
        (o) => o.indicator_code === 'gdp' && o.year === 2025 && o.value === 269330000000,
      ),
    ).toBe(true);
  });

  it.each([
    ['004', '全市生产总值', 2025, 'level', 'achieved'],
    ['004', '进口', 2025, 'level', 'achieved'],
    ['004', '快递量', 2025, 'rank', 'missed'],
    ['004', '全体居民人均可支配收入', 2025, 'rank', 'achieved'],
    ['004', '全市工业总产值', 2025, 'level', 'no-data'],
    ['004', '全社会 R&D 经费投入占 GDP 比重', 2025, 'level', 'no-data'],
    ['004', '全市货运量', 2025, 'level', 'no-data'],
    ['004', '规上工业增加值', 2025, 'increase', 'no-data'],
    ['004', '全市生产总值', 2035, 'increase', 'not-yet-due'],
    ['003', '地区生产总值', 2030, 'level', 'not-yet-due'],
    ['003', '出口', 2026, 'increase', 'not-yet-due'],
    ['003', '规上工业增加值', 2026, 'increase', 'not-yet-due'],
  ] as const)('%s %s (%i, %s) → %s', (file, metric, year, measure, expected) => {
    expect(evaluateGold(file, metric, year, measure).status).toBe(expected);
  });

  it('reads 全市生产总值 翻一番 by 2035 as 5386.6亿元, needing 7.2% a year', () => {
    const s = evaluateGold('004', '全市生产总值', 2035, 'increase');
    expect(s.numbers.target_value).toBeCloseTo(2 * 269330000000, 0);
    expect(s.explanation.zh).toContain('5386.6亿元');
    expect(s.explanation.zh).toContain('需年均增长7.2%');
  });

  it('does not use the 规上工业总产值 actual for 全市工业总产值', () => {
    const s = evaluateGold('004', '全市工业总产值', 2025, 'level');
    expect(s.observations).toEqual([]);
    expect(
      observations.some((o: Observation) => o.indicator_code === 'industrial-output-above-scale'),
    ).toBe(true);
  });

  it('gives every linked target a status and one-sentence explanations', () => {
    let linked = 0;
    for (const { item } of items) {
      if (item.kind !== 'target') continue;
      const link = linkItem(item, catalog, context);
      if (link === null) continue;
      linked += 1;
      const s = evaluateTarget({
        target: item,
        indicator: catalog.byCode.get(link.indicator_code) ?? null,
        observations: observations.filter((o) => o.indicator_code === link.indicator_code),
        asOf: '2026-11-22',
      });
      expect(STATUS_CODES).toContain(s.status);
      expect(s.explanation.zh).toMatch(/^[^。]+。$/u);
      expect(s.explanation.en).toMatch(/\.$/u);
    }
    expect(linked).toBeGreaterThanOrEqual(20);
  });
});
