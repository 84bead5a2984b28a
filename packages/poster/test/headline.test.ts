import { describe, expect, it } from 'vitest';
import { chooseHeadline, HEADLINE_LIMIT } from '../src/headline.js';
import { figureText } from '../src/figures.js';
import type { PosterHeadline } from '../src/index.js';
import { item } from './support/sample-input.js';

const summary = (cards: readonly PosterHeadline[]): string[] =>
  cards.map((card) => `${card.label} ${figureText(card.figure.zh)}`);

describe('chooseHeadline', () => {
  it('gives one card per metric with its growth and place as notes', () => {
    const cards = chooseHeadline([
      item({ metric: '全市生产总值', value: 2693.3, start: 10 }),
      item({ metric: '全市生产总值', measure: 'increase', value: 7.9, unit: '%', start: 20 }),
      item({
        metric: '全市生产总值',
        measure: 'rank',
        value: 2,
        unit: '位',
        scope: '全省县（市、区）',
        start: 30,
      }),
    ]);
    expect(summary(cards)).toEqual(['全市生产总值 2693.3亿元']);
    expect(cards[0]?.notes).toEqual([
      { zh: '增长7.9%', en: '+7.9%' },
      { zh: '全省县（市、区）第2位', en: '2nd in 全省县（市、区）' },
    ]);
  });

  it('shows the latest year of a metric, a whole year before a period', () => {
    const cards = chooseHeadline([
      item({ metric: '出口', value: 3006, year: 2020, start: 5 }),
      item({
        metric: '出口',
        value: 2500,
        year: 2025,
        period: '2021-2025',
        comparator: '>',
        start: 6,
      }),
      item({ metric: '出口', value: 7307, year: 2025, start: 40 }),
    ]);
    expect(summary(cards)).toEqual(['出口 7307亿元']);
  });

  it('takes the biggest money figures, then places, and shows them in document order', () => {
    const money = [5, 40, 30, 20, 10].map((value, i) =>
      item({ metric: `指标${i}`, value, start: 100 + i }),
    );
    const cards = chooseHeadline([
      ...money,
      item({ metric: '增速', measure: 'increase', value: 9, unit: '%', start: 1 }),
      item({ metric: '排名二', measure: 'rank', value: 2, unit: '位', start: 2 }),
      item({ metric: '排名一', measure: 'rank', value: 1, unit: '位', start: 3 }),
    ]);
    expect(cards).toHaveLength(HEADLINE_LIMIT);
    // The smallest money figure (5亿元) and the change (增速) are left off.
    expect(summary(cards)).toEqual([
      '排名二 第2位',
      '排名一 第1位',
      '指标1 40亿元',
      '指标2 30亿元',
      '指标3 20亿元',
      '指标4 10亿元',
    ]);
  });

  it('labels a card whose big number is a change', () => {
    const cards = chooseHeadline([
      item({
        metric: '全社会R&D经费',
        measure: 'increase',
        value: 24.5,
        unit: '%',
        period: '2021-2025',
      }),
      item({ metric: '三甲医院', measure: 'increase', value: 4, unit: '家', start: 9 }),
    ]);
    expect(summary(cards)).toEqual(['全社会R&D经费年均增长 24.5%', '三甲医院新增 4家']);
  });

  it('gives a place its ranking as a note', () => {
    const cards = chooseHeadline([
      item({
        metric: '市场主体数',
        measure: 'rank',
        value: 1,
        unit: '位',
        scope: '全国县（市、区）',
      }),
    ]);
    expect(cards[0]?.notes).toEqual([{ zh: '全国县（市、区）', en: 'among 全国县（市、区）' }]);
  });

  it('ignores targets, empty metrics and items without a value', () => {
    const cards = chooseHeadline([
      item({ kind: 'target', metric: '目标' }),
      item({ metric: ' ' }),
      item({ metric: '无值', value: null }),
    ]);
    expect(cards).toEqual([]);
  });

  it('does not depend on the order items arrive in', () => {
    const items = [
      item({ metric: '甲', value: 1, start: 3 }),
      item({ metric: '乙', value: 2, start: 1 }),
      item({ metric: '丙', measure: 'rank', value: 1, unit: '位', start: 2 }),
    ];
    expect(chooseHeadline(items)).toEqual(chooseHeadline([...items].reverse()));
  });
});
