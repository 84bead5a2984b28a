import { describe, expect, it } from 'vitest';
import type { SectionDiscourse } from '../meta/discourse.js';
import { decideKindWithReason, type KindContext, kindOfMention } from './kind.js';
import { findYears } from './years.js';

const report = (sentence: string, extra: Partial<KindContext> = {}) =>
  decideKindWithReason(sentence, {
    docKind: 'work-report',
    reportYear: 2017,
    heading: null,
    years: findYears(sentence),
    ...extra,
  });

const review: SectionDiscourse = {
  role: 'review',
  reason: '位于“过去一年和五年工作回顾”一节（回顾）',
  fromTitle: true,
};
const plan: SectionDiscourse = {
  role: 'plan',
  reason: '位于“今年工作安排”一节（部署）',
  fromTitle: true,
};

describe('decideKindWithReason', () => {
  it('a work report’s bare figure with no review word, past year or section is its year’s target', () => {
    expect(report('规上工业增加值增长16%').kind).toBe('target');
    // The same figure under the review stays an actual.
    expect(report('规上工业增加值增长16%', { section: review }).kind).toBe('actual');
    expect(report('规上工业增加值比上年增长16%').kind).toBe('actual');
  });

  it('a January report’s preliminary estimate of last year (初步预计) is an actual, 左右 or not', () => {
    const estimate = report('初步预计，居民人均可支配收入增长5.2%左右，出口增长11%以上', {
      docKind: 'article',
      reportYear: null,
    });
    expect(estimate.kind).toBe('actual');
    expect(estimate.reason).toContain('初步预计');
  });

  it('work reports read alone: 左右 and 以内 lean to targets', () => {
    // 2018 national work report (2018-03-05), its year's targets.
    const gdp = report('国内生产总值增长6.5%左右');
    expect(gdp.kind).toBe('target');
    expect(gdp.basis).toBe('qualifier');
    expect(gdp.reason).toBe('读作目标：带有目标的限定语“左右”');
    expect(report('城镇调查失业率5.5%以内，城镇登记失业率4.5%以内').kind).toBe('target');
  });

  it('超预期 is not a target qualifier', () => {
    // 2023 national work report, its review of 2022.
    const d = report('我国经济发展遇到疫情等国内外多重超预期因素冲击，全年国内生产总值增长3%');
    expect(d.kind).toBe('actual');
  });

  it('a review section reports actuals even with 确保 in the sentence', () => {
    const d = report('确保粮食产量1.37万亿斤，增产74亿斤', { section: review });
    expect(d.kind).toBe('actual');
    expect(d.reason).toBe('读作实绩：位于“过去一年和五年工作回顾”一节（回顾）');
    expect(d.sectionAgrees).toBe(true);
  });

  it('a plan section sets targets, even when it compares with last year', () => {
    // 2025 national work report: the budget for 2025.
    const d = report('赤字规模5.66万亿元，比上年增加1.6万亿元', {
      section: plan,
      reportYear: 2024,
    });
    expect(d.kind).toBe('target');
    expect(d.basis).toBe('section');
  });

  it('communiqués report; a deadline not yet reached commits', () => {
    expect(
      report('全年国内生产总值1349084亿元，比上年增长5.0%', { docKind: 'statistical-communique' })
        .reason,
    ).toBe('读作实绩：统计公报只报告实绩');
    const late = report('到2025年，常住人口城镇化率提高到65%', { section: review });
    expect(late.kind).toBe('target');
    expect(late.sectionAgrees).toBe(false);
  });
});

describe('kindOfMention', () => {
  it('实际 before a number marks a result inside a sentence about targets', () => {
    // A 2022 briefing on the national work report's GDP target (fixtures/corpus).
    const sentence = '在疫情前的2019年设定目标是6%-6.5%的区间值，当年实际增长是6.1%';
    const whole = report(sentence, { reportYear: 2021 });
    expect(whole.kind).toBe('target');
    const at = sentence.indexOf('6.1');
    expect(kindOfMention(sentence, { start: at, end: at + 4 }, whole).kind).toBe('actual');
    const range = sentence.indexOf('6%');
    expect(kindOfMention(sentence, { start: range, end: range + 7 }, whole).kind).toBe('target');
  });

  const kindAt = (sentence: string, number: string, reportYear = 2022) => {
    const whole = report(sentence, { docKind: 'article', reportYear });
    const at = sentence.indexOf(number);
    return kindOfMention(sentence, { start: at, end: at + number.length }, whole).kind;
  };

  it('计划/共安排 before a number marks a planned figure, even beside 同比 or 去年', () => {
    // News on a city's work report: its list of major projects.
    const projects = '深圳2022年重大项目计划共安排项目883个，总投资35674.8亿元，同比增长26.2%';
    expect(kindAt(projects, '883个')).toBe('target');
    expect(kindAt(projects, '26.2%')).toBe('target');
    // A province's investment plan as the press reports it.
    expect(kindAt('去年全省省级重点项目年度计划投资5200亿元', '5200亿元')).toBe('target');
  });

  it('keeps the fulfilment and a reported result beside a plan as actuals', () => {
    const sentence =
      '去年本级政府投资项目计划安排投资500亿元；2021年完成投资达596.3亿元，计划完成率119.3%';
    expect(kindAt(sentence, '500亿元')).toBe('target');
    expect(kindAt(sentence, '596.3亿元')).toBe('actual');
    expect(kindAt(sentence, '119.3%')).toBe('actual');
    expect(kindAt('去年实施人才计划，引进高层次人才300名', '300名')).toBe('actual');
  });
});

describe('the state so far is reported, not planned', () => {
  const article = (sentence: string) =>
    decideKindWithReason(sentence, {
      docKind: 'article',
      reportYear: 2022,
      heading: null,
      years: findYears(sentence),
    }).kind;

  it('reads 截至今年5月, 今年以来 and 目前 as actuals', () => {
    // Provincial news on digital government; a city's industry news; a province's profile.
    expect(article('截至今年5月，“浙里民生关键小事智能速办”日均办件量3.9万件')).toBe('actual');
    expect(article('今年以来，全市新增市场主体2.3万户')).toBe('actual');
    expect(article('目前制造业的总产值在深圳GDP当中所占的比重依然在35%以上')).toBe('actual');
  });

  it('still reads 今年 of a plan as a target', () => {
    expect(article('今年全市地区生产总值增长6%左右')).toBe('target');
    expect(article('今年新增城镇就业5万人')).toBe('target');
  });
});

describe('以上 of a statistical class is no target word', () => {
  const article = (sentence: string) =>
    decideKindWithReason(sentence, {
      docKind: 'article',
      reportYear: 2020,
      heading: null,
      years: findYears(sentence),
    }).kind;

  it('reads 规模以上 and 限额以上 figures of a profile or news as actuals', () => {
    // A province's profile; news on provinces' quarterly output.
    expect(article('规模以上工业增加值增长7.8%，高于全国平均水平2.1个百分点')).toBe('actual');
    expect(article('内蒙古规模以上工业企业原煤产量7.33亿吨')).toBe('actual');
    expect(article('限额以上单位消费品零售额增长4.5%')).toBe('actual');
  });

  it('still reads a floor as a target word', () => {
    expect(article('全年工业投资增长12%以上')).toBe('target');
  });
});
