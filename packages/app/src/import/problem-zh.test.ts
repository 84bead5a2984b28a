import { describe, expect, it } from 'vitest';
import { problemZh } from './problem-zh.js';

describe('problemZh', () => {
  it.each([
    ['unknown indicator "快递量X"', '指标“快递量X”无法识别'],
    ['value "abc" is not a number', '数值“abc”不是数字'],
    ['growth: value "x" is not a number', '增速列：数值“x”不是数字'],
    ['no "period" or "year" column', '缺少“时期”或“年份”列'],
    ['unit "%" does not fit 地区生产总值 (currency) as a level', '单位“%”与指标“地区生产总值”不符'],
  ])('%s → %s', (message, zh) => {
    expect(problemZh(message)).toBe(zh);
  });

  it('keeps a message it does not know', () => {
    expect(problemZh('something new')).toBe('something new');
  });
});
