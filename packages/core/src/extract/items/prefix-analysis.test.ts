import { describe, expect, it } from 'vitest';
import { analyzePrefix } from './prefix-analysis.js';

describe('analyzePrefix: 和/及/与 at the end of the words before a number', () => {
  it('keeps a verb that ends in 及 or 与 whole (惠及, 涉及, 参与)', () => {
    // A provincial work report's review and a city's social-security news.
    expect(analyzePrefix('社会救助惠及').metric).toBe('社会救助惠及');
    expect(analyzePrefix('社会救助惠及').conjunction).toBe(false);
    expect(analyzePrefix('长期护理保险制度试点惠及').metric).toBe('长期护理保险制度试点惠及');
    expect(analyzePrefix('志愿服务活动参与').conjunction).toBe(false);
  });

  it('still reads a conjunction that opens a new conjunct', () => {
    expect(analyzePrefix('城镇新增就业50万人以上，高新技术企业和').conjunction).toBe(true);
    expect(analyzePrefix('规上工业企业、').conjunction).toBe(true);
    expect(analyzePrefix('专精特新企业及').conjunction).toBe(true);
  });
});

describe('analyzePrefix: brackets around figures', () => {
  it('keeps brackets and the conjunction after one out of the metric', () => {
    // News on provinces' half-year GDP; a city's budget report.
    expect(analyzePrefix('广东（').metric).toBe('广东');
    expect(analyzePrefix('）和浙江（').metric).toBe('浙江');
    expect(analyzePrefix('）、一般公共预算收入(').metric).toBe('一般公共预算收入');
  });
});
