import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { readOutline } from './read-outline.js';

const outline = (text: string) =>
  readOutline(normalizeText(text)).map((h) => `${h.level} ${h.label}${h.title}`);

describe('topic heads run into a numbered paragraph', () => {
  it('reads two or more short topic sentences as heads one level down', () => {
    // A city work report's review (2025).
    const text =
      '（一）经济实力实现新跃升。地区生产总值增长6.1%。项目建设提速增效。中普电磁新材料、中盛能源特种车等省市重点项目建成投产。招商引资成效显著。签约亿元以上项目507个。';
    expect(outline(text)).toEqual([
      '1 （一）经济实力实现新跃升',
      '2 项目建设提速增效',
      '2 招商引资成效显著',
    ]);
  });

  it('does so after 一是 too, in differently worded reviews', () => {
    // A county report's review: heads that sum up a field, then what was done.
    const text =
      '一是产业发展提质增效。新增规上工业企业35家。数字经济势头强劲。数字经济核心产业增加值增长12%。营商环境持续优化。新设经营主体1.2万户。';
    expect(outline(text)).toEqual([
      '1 一是产业发展提质增效',
      '2 数字经济势头强劲',
      '2 营商环境持续优化',
    ]);
  });

  it('reads a plan’s task sentences as body text, and one short sentence alone as a remark', () => {
    const tasks =
      '（三）全面推进乡村振兴。完善农资保供稳价应对机制。深入实施种业振兴行动。强化农业科技和装备支撑。';
    expect(outline(tasks)).toEqual(['1 （三）全面推进乡村振兴']);
    const remark = '（二）民生福祉持续增进。城镇新增就业5万人。成绩来之不易。我们深感责任重大。';
    expect(outline(remark)).toEqual(['1 （二）民生福祉持续增进']);
  });
});

describe('paragraphs opened by a short titled sentence (news and press reports)', () => {
  const news = (text: string) =>
    readOutline(normalizeText(text), { plainTitles: true }).map((h) => `${h.level} ${h.title}`);

  it('reads two or more such paragraph openings as heads', () => {
    // News on a city's pollution plan.
    const plan = [
      '石家庄出台污染防治实施意见',
      '深入打好蓝天保卫战。聚焦产业、能源和交通运输结构调整，开展对标行动。',
      '深入打好碧水保卫战。统筹上游流域水生态保护修复。',
    ].join('\n');
    expect(news(plan)).toEqual([
      '0 石家庄出台污染防治实施意见',
      '1 深入打好蓝天保卫战',
      '1 深入打好碧水保卫战',
    ]);
    // A province's profile, worded as findings.
    const profile = [
      '河南高质量发展步履铿锵',
      '河南交通枢纽地位不断提升。郑州机场客货吞吐量保持中部双第一。',
      '河南内陆开放高地正在形成。中欧班列开行量持续增长。',
    ].join('\n');
    expect(news(profile)).toHaveLength(3);
  });

  it('reads one such paragraph alone as body text', () => {
    const one = [
      '某市召开工作会议',
      '会议要求狠抓落实。各部门要压实责任，确保完成全年目标。',
      '全年新增就业5万人。',
    ].join('\n');
    expect(news(one)).toEqual(['0 某市召开工作会议']);
  });
});
