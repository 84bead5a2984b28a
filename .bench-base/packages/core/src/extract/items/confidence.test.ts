import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';

/**
 * Sentences of the 2023 national government work report (2023-03-05): its review
 * of 2022 and of 2018-2022, and its targets for 2023.
 */
const REPORT_2023 = [
  '政府工作报告',
  '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
  '一、过去一年和五年工作回顾',
  '全年国内生产总值增长3%，城镇新增就业1206万人，年末城镇调查失业率降到5.5%，居民消费价格上涨2%。',
  '过去五年，国内生产总值增加到121万亿元，五年年均增长5.2%。常住人口城镇化率从60.2%提高到65.2%。',
  '二、对今年政府工作的建议',
  '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。',
  '赤字率拟按3%安排。',
].join('\n');

const read = (text: string, meta: Parameters<typeof readDocument>[0]['meta']) =>
  readDocument({ text, meta }).items;

describe('kind, year and confidence on work reports', () => {
  const items = read(REPORT_2023, { kind: 'work-report', date: '2023-03-05' });
  const find = (metric: string, value: number) => {
    const item = items.find((i) => i.metric === metric && i.value === value);
    if (!item) throw new Error(`no item ${metric} ${value}`);
    return item;
  };

  it('the review reports actuals of the year before, 从A提高到B over five years', () => {
    expect(find('国内生产总值', 3)).toMatchObject({ kind: 'actual', year: 2022 });
    expect(find('常住人口城镇化率', 60.2)).toMatchObject({ kind: 'actual', year: 2017 });
    expect(find('常住人口城镇化率', 65.2)).toMatchObject({ kind: 'actual', year: 2022 });
    expect(find('常住人口城镇化率', 60.2).reason).toContain('起点');
  });

  it('the plan part sets targets of the report year, with a reason for each', () => {
    const gdp = find('国内生产总值', 5);
    expect(gdp).toMatchObject({ kind: 'target', year: 2023, comparator: '~' });
    expect(gdp.reason).toBe('读作目标：句中有“今年”；句中“今年”指发布之年2023年');
    expect(find('赤字率', 3).kind).toBe('target');
    expect(items.filter((i) => i.kind === 'target')).toHaveLength(5);
  });

  it('every item has a confidence in 0–1 with its reasons', () => {
    for (const item of items) {
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
      expect(item.confidence_reasons?.length).toBeGreaterThan(0);
    }
  });

  it('a target sentence read alone (title and date only) is less certain than in its section', () => {
    // 2018 national work report (2018-03-05): a 2018 target, not a 2017 actual.
    const [alone] = read('国内生产总值增长6.5%左右。', {
      title: '政府工作报告',
      kind: 'work-report',
      date: '2018-03-05',
    });
    expect(alone).toMatchObject({ kind: 'target', year: 2018, comparator: '~', value: 6.5 });
    expect(alone?.confidence).toBeLessThan(find('国内生产总值', 5).confidence ?? 0);
    expect(alone?.confidence_reasons).toContain('+ 类型：仅凭“左右”等限定语');
  });

  it('an explicit year is surer than an inferred one', () => {
    const [dated] = read('2022年全年国内生产总值增长3%。', {
      kind: 'work-report',
      date: '2023-03-05',
    });
    const [undated] = read('全年国内生产总值增长3%。', { kind: 'work-report', date: '2023-03-05' });
    expect(dated?.year).toBe(2022);
    expect(undated?.year).toBe(2022);
    expect(dated?.confidence).toBeGreaterThan(undated?.confidence ?? 1);
  });
});

describe('a target recalled in a review', () => {
  it('the figure before 的预期目标 is the reviewed year’s target, the rest actuals', () => {
    // Constructed in the wording provincial work reports use for last year's result.
    const items = read(
      '一、2023年工作回顾\n全省生产总值增长6%，高于5%左右的预期目标。\n二、2024年工作安排\n',
      { kind: 'work-report', date: '2024-01-23' },
    );
    expect(items.map((i) => [i.kind, i.value, i.year])).toEqual([
      ['actual', 6, 2023],
      ['target', 5, 2023],
    ]);
    expect(items[1]?.reason).toContain('的预期目标');
  });
});

describe('headings of 2026 provincial reports', () => {
  it('“十五五”发展的主要考虑 is a plan part', () => {
    // The first two headings of Sichuan's 2026 government work report; the sentences are constructed.
    const items = read(
      '一、2025年工作回顾和“十四五”发展主要成绩\n全省地区生产总值增长5.5%。\n二、“十五五”发展的主要考虑\n全省地区生产总值年均增长5%左右。\n',
      { kind: 'work-report', date: '2026-02-10' },
    );
    expect(items.map((i) => i.kind)).toEqual(['actual', 'target']);
  });
});
