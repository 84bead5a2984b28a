import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';

const headline = (text: string, date: string) => {
  const item = readDocument({ text, meta: { kind: 'article', date } }).items[0];
  return [item?.kind, item?.year, item?.value];
};

describe('a headline repeats a figure of its body', () => {
  it('takes the kind and year of the body’s figure', () => {
    // News on a city's pollution plan; news on a city's work report.
    expect(
      headline(
        '石家庄空气质量优良天数比率达67.4%\n近日，市政府明确目标任务：到2025年，空气质量优良天数比率达到67.4%。',
        '2022-09-13',
      ),
    ).toEqual(['target', 2025, 67.4]);
    expect(
      headline(
        '深圳如何实现GDP增长6%\n报告指出，2022年深圳地区生产总值预期增长目标6%左右。',
        '2022-04-12',
      ),
    ).toEqual(['target', 2022, 6]);
  });

  it('leaves a headline figure the body does not repeat as read', () => {
    expect(
      headline('全市粮食产量达到120万吨\n今年以来，全市新增市场主体2.3万户。', '2022-09-13'),
    ).toEqual(['actual', 2022, 120]);
  });
});
