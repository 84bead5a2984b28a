import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';
import { respectiveNames } from './respective-lists.js';

const metrics = (text: string) =>
  readDocument({ text, meta: { title: '统计公报', date: '2023-03-10' } }).items.map(
    (i) => i.metric,
  );

describe('分别: each figure of a list measures its own member', () => {
  it('gives each place the measure written after the last one (的)', () => {
    // News on the provinces' half-year figures.
    expect(metrics('广东、江苏、山东和浙江的GDP增速分别是2%、1.6%、3.6%和2.5%。')).toEqual([
      '广东GDP增速',
      '江苏GDP增速',
      '山东GDP增速',
      '浙江GDP增速',
    ]);
  });

  it('shares a measure written once, but not with members that name their own', () => {
    // A national work report's review; a province's work report.
    expect(metrics('高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%。')).toEqual([
      '高技术制造业增加值',
      '装备制造业增加值',
    ]);
    expect(metrics('城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。')).toEqual([
      '城镇调查失业率',
      '居民消费价格涨幅',
    ]);
  });

  it('names the members of 城乡居民 and 三次产业', () => {
    expect(metrics('城乡居民人均可支配收入分别增长5%和7.5%左右。')).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
    expect(metrics('三次产业增加值分别增长4.1%、3.8%和5.2%。')).toEqual([
      '第一产业增加值',
      '第二产业增加值',
      '第三产业增加值',
    ]);
  });

  it('leaves a list alone when its members and figures differ in number, or without 分别', () => {
    expect(
      respectiveNames('广东、江苏和浙江的GDP增速', '广东、江苏和浙江的GDP增速分别是2%、1.6%', 2),
    ).toBeNull();
    expect(respectiveNames('粮食、油料产量', '粮食、油料产量增长2%、3%', 2)).toBeNull();
  });
});

describe('均: one figure each member of a list reaches', () => {
  it('gives one item per member', () => {
    // News on provinces' quarterly growth; a county's harvest in its work report.
    const provinces = readDocument({
      text: '前三季度，浙江、山西、江苏、安徽、江西增速也均超过10%。',
      meta: { title: '前三季度各省GDP', date: '2021-10-30' },
    }).items;
    expect(provinces.map((i) => [i.metric, i.value, i.comparator])).toEqual([
      ['浙江增速', 10, '>'],
      ['山西增速', 10, '>'],
      ['江苏增速', 10, '>'],
      ['安徽增速', 10, '>'],
      ['江西增速', 10, '>'],
    ]);
    expect(metrics('2024年，全市粮食、蔬菜产量均增长3%以上。')).toEqual([
      '全市粮食产量',
      '蔬菜产量',
    ]);
  });

  it('leaves a list without 均 as one item', () => {
    expect(metrics('全年粮食、蔬菜产量增长3%。')).toHaveLength(1);
  });
});

describe('age bands name groups, not figures', () => {
  it('reads the figures of age bands, each named by its band', () => {
    // A county's statistical communiqué.
    expect(
      metrics(
        '0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。',
      ),
    ).toEqual(['0-17岁户籍人口', '18-34岁户籍人口', '35-59岁户籍人口', '60岁及以上户籍人口']);
  });

  it('does not read the band of a share as a figure', () => {
    // A city's census bulletin, worded differently.
    const read = readDocument({
      text: '全市60岁及以上人口为52.3万人，占总人口的18.6%。',
      meta: { title: '人口普查公报', date: '2021-05-20' },
    }).items;
    expect(read.map((i) => [i.value, i.unit])).toEqual([
      [52.3, '万人'],
      [18.6, '%'],
    ]);
    expect(metrics('人均预期寿命达到79.5岁。').length).toBe(1);
  });
});
