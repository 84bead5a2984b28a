import { describe, expect, it } from 'vitest';
import type { Observation } from '../model/observation.js';
import { detectClaimConflicts } from './claim-conflicts.js';
import { rankBasis } from './rank-basis.js';

const GROWTH = '全市生产总值 **2693.3** 亿元，增长 **7.9%**，增速居全省县（市、区）**第2位';
const TOTAL = '总量从全省县（市、区）**第11位** 跃升至**第7位';

function rank(value: number, text: string): Observation & { scope: string } {
  return {
    indicator_code: 'gdp',
    jurisdiction: 'cn-zj-jh-yw',
    year: 2025,
    period: null,
    measure: 'rank',
    value,
    base_unit: '位',
    comparator: '=',
    scope: '全省县（市、区）',
    source: { type: 'document', document_id: 'd', item_id: 'i', text, start: 0, end: 1 },
  };
}

describe('rankBasis', () => {
  it('reads what a place ranks from the nearest word before it', () => {
    expect(rankBasis(GROWTH)).toBe('growth');
    expect(rankBasis(TOTAL)).toBe('total');
    expect(rankBasis('全市生产总值2693亿元，居全省第7位')).toBe('total');
    expect(rankBasis('生产总值2693亿元，增长7.9%，居全省第二位')).toBe('growth');
    expect(rankBasis('居全省第2位')).toBeNull();
  });
});

describe('claim conflicts of ranks', () => {
  it('never compares a growth-rate rank with a total rank (Yiwu: 增速第2位 vs 总量第7位)', () => {
    expect(detectClaimConflicts([rank(2, GROWTH), rank(7, TOTAL)])).toEqual([]);
  });

  it('still reports two different places of the same ranking', () => {
    const conflicts = detectClaimConflicts([
      rank(2, GROWTH),
      rank(3, '增速居全省县（市、区）第3位'),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.values).toEqual([2, 3]);
  });
});
