import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';

const milestones = (text: string, date = '2024-01-20') =>
  readDocument({
    text,
    meta: { title: '某省政府工作报告', kind: 'work-report', date, horizon: 2024 },
  })
    .items.filter((i) => i.kind === 'milestone')
    .map((i) => [i.metric, i.year]);

describe('numberless aims in a list of targets', () => {
  it('reads the year’s aims without a number as milestones of that year', () => {
    expect(
      milestones(
        '今年全省发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业60万人以上；居民收入增长和经济增长基本同步；外贸促稳提质；单位地区生产总值能耗继续下降。',
      ),
    ).toEqual([
      ['居民收入增长和经济增长基本同步', 2024],
      ['外贸促稳提质', 2024],
      ['单位地区生产总值能耗继续下降', 2024],
    ]);
  });

  it('dates a plan’s list by the year at its head', () => {
    expect(
      milestones(
        '实施方案明确目标任务：到2027年，全市PM2.5浓度控制在30微克/立方米，基本消除劣V类水体，生态环境质量持续改善。',
      ),
    ).toEqual([
      ['基本消除劣V类水体', 2027],
      ['生态环境质量持续改善', 2027],
    ]);
  });

  it('reads bullets under a 预期目标 title', () => {
    expect(
      milestones('全年主要预期目标\n\n●地区生产总值增长6%\n\n●进出口稳中提质\n\n重点工作\n'),
    ).toEqual([['进出口稳中提质', 2024]]);
  });

  it('leaves a list with no year it can name, and slogans, alone', () => {
    expect(milestones('我们的目标是：城乡差距持续缩小，生态环境稳定改善。')).toEqual([]);
    expect(
      milestones('今年的主要目标是：地区生产总值增长5%，改革开放取得新突破，民生福祉得到改善。'),
    ).toEqual([]);
  });
});
