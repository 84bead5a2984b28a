import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Item } from '../src/index.js';
import { readDocument } from '../src/index.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/generality/${name}`, import.meta.url), 'utf8');

type Expect = [
  kind: Item['kind'],
  metric: string,
  measure: Item['measure'],
  comparator: Item['comparator'],
  value: number,
  baseUnit: string | null,
  year: number,
];

function expectItems(name: string, meta: DocumentMeta, expected: readonly Expect[]): void {
  const text = fixture(name);
  const reading = readDocument({ text, meta });
  for (const [kind, metric, measure, comparator, value, baseUnit, year] of expected) {
    const found = reading.items.find(
      (item) =>
        item.value === value &&
        item.metric.includes(metric) &&
        item.measure === measure &&
        item.kind === kind &&
        item.year === year,
    );
    expect(found, `${name}: ${metric} ${measure} ${value}`).toBeDefined();
    expect(found).toMatchObject({ kind, comparator, base_unit: baseUnit, year });
    expect(text.slice(found?.start, found?.end)).toBe(found?.text);
  }
}

describe('the grammar beyond the seed documents', () => {
  it('reads a national work report: last year as actuals, this year as targets', () => {
    expectItems('national-2025.txt', { kind: 'work-report', date: '2025-03-05' }, [
      ['actual', '国内生产总值', 'level', '=', 134.9, '元', 2024],
      ['actual', '国内生产总值', 'increase', '=', 5, '%', 2024],
      ['actual', '粮食产量', 'level', '>', 1.4, '斤', 2024],
      ['actual', '单位国内生产总值能耗', 'decrease', '>=', 3, '%', 2024],
      ['target', '国内生产总值', 'increase', '~', 5, '%', 2025],
      ['target', '城镇新增就业', 'level', '>=', 1200, '人', 2025],
      ['target', '城镇调查失业率', 'level', '~', 5.5, '%', 2025],
      ['target', '居民消费价格', 'increase', '~', 2, '%', 2025],
      ['target', '赤字率', 'level', '~', 4, '%', 2025],
      ['target', '地方政府专项债券', 'level', '=', 4.4, '元', 2025],
      ['target', '地方政府专项债券', 'increase', '=', 5000, '元', 2025],
    ]);
  });

  it('reads a statistical communiqué: every figure an actual of its year', () => {
    expectItems('communique.txt', {}, [
      ['actual', '国内生产总值', 'level', '=', 1349084, '元', 2024],
      ['actual', '国内生产总值', 'increase', '=', 5, '%', 2024],
      ['actual', '第二产业增加值', 'increase', '=', 5.3, '%', 2024],
      ['actual', '全国人口', 'decrease', '=', 139, '人', 2024],
      ['actual', '粮食种植面积', 'level', '=', 11932, '平方米', 2024],
      ['actual', '粮食产量', 'increase', '=', 1.6, '%', 2024],
    ]);
  });

  it('reads a provincial work report, including a unitless ratio and a later deadline', () => {
    expectItems('province.txt', { kind: 'work-report', date: '2025-01-15' }, [
      ['target', '地区生产总值', 'increase', '~', 5.5, '%', 2025],
      ['target', '研发经费支出占地区生产总值比重', 'level', '>=', 3.3, '%', 2025],
      ['target', '城乡居民收入倍差', 'level', '<=', 1.81, null, 2025],
      ['target', '数字经济核心产业增加值', 'level', '>', 1.4, '元', 2027],
      ['target', '上市公司', 'increase', '>=', 100, '家', 2027],
    ]);
  });

  it("reads a city plan's prose targets and its main-indicator table", () => {
    expectItems('city-plan.md', {}, [
      ['target', '地区生产总值', 'level', '>=', 3000, '元', 2025],
      ['target', '城乡居民收入比', 'level', '<=', 1.75, null, 2025],
      ['actual', '地区生产总值', 'level', '=', 2100, '元', 2020],
      ['target', '地区生产总值', 'increase', '~', 7, '%', 2025],
      ['target', '全员劳动生产率', 'level', '=', 20, '元/人', 2025],
      ['target', '研究与试验发展经费投入强度', 'increase', '=', 0.6, '个百分点', 2025],
      ['target', '城镇调查失业率', 'level', '<', 5.5, '%', 2025],
      ['target', '能源消耗降低', 'decrease', '=', 14, '%', 2025],
    ]);
    const reading = readDocument({ text: fixture('city-plan.md') });
    expect(reading.document).toMatchObject({ kind: 'five-year-plan', horizon: 2025 });
    expect(reading.outline.map((entry) => entry.label)).toEqual(['', '第二章', '第一节']);
  });

  it('infers kind and horizon without a manifest', () => {
    const reading = readDocument({ text: fixture('communique.txt') });
    expect(reading.document.kind).toBe('statistical-communique');
  });
});
