import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';

const milestones = (text: string) =>
  readDocument({ text, meta: { title: '某市“十四五”规划和二〇三五年远景目标', horizon: 2025 } })
    .items.filter((i) => i.kind === 'milestone')
    .map((i) => [i.metric, i.year]);

describe('milestones', () => {
  it('reads a dated deliverable whose name quotes another name', () => {
    expect(milestones('到2025年，浙江大学“一带一路”国际医学院建成投用。')).toEqual([
      ['浙江大学“一带一路”国际医学院建成投用', 2025],
    ]);
    expect(milestones('到2035年，成为“一带一路”开放创新中心。')).toEqual([
      ['成为“一带一路”开放创新中心', 2035],
    ]);
  });

  it('does not read carrying out a counted framework as a deliverable', () => {
    expect(milestones('到2025年，深化“千万工程”建设实现新突破。')).toEqual([]);
    expect(milestones('到2025年，践行“八八战略”实现新跨越。')).toEqual([]);
  });

  it('reads one milestone per verb clause', () => {
    expect(milestones('2027年建成城市大脑，完成机场改造。')).toEqual([
      ['建成城市大脑', 2027],
      ['完成机场改造', 2027],
    ]);
  });
});
