import { describe, expect, it } from 'vitest';
import { metricMatches } from '../../src/score/index.js';

describe('metricMatches (the strict score’s metric-name test)', () => {
  it('accepts equal names after normalising width, spaces and quotes', () => {
    expect(metricMatches('全市生产总值', ' 全市 生产总值 ')).toBe(true);
    expect(metricMatches('“义新欧”班列', '义新欧班列')).toBe(true);
  });

  it('accepts a contained name of three or more characters', () => {
    expect(metricMatches('单位国内生产总值二氧化碳排放', '二氧化碳排放')).toBe(true);
    expect(metricMatches('GDP', '全国GDP')).toBe(true);
  });

  it('rejects a two-character fragment that fits inside many indicators', () => {
    expect(metricMatches('规模以上工业总产值', '产值')).toBe(false);
  });

  it('rejects a name cut inside a word', () => {
    expect(metricMatches('现代化都市人口规模', '口现代化都市基础框架')).toBe(false);
  });

  it('accepts a close paraphrase by bigram Dice', () => {
    expect(metricMatches('数字经济增加值占生产总值比重', '数字经济增加值占比')).toBe(true);
  });
});
