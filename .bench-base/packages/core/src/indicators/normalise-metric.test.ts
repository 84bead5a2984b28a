import { describe, expect, it } from 'vitest';
import { discriminatorConflicts } from './discriminators.js';
import { jurisdictionNameForms, metricForms, normaliseMetric } from './normalise-metric.js';
import { bigramDice } from './similarity.js';
import { unitCompatible, unitFamilyOf } from './unit-family.js';

describe('normaliseMetric', () => {
  it('folds GDP spellings, 规模以上 and 研发 to one form', () => {
    expect(normaliseMetric('地区生产总值')).toBe('gdp');
    expect(normaliseMetric('国内生产总值')).toBe('gdp');
    expect(normaliseMetric('全市 GDP')).toBe('全市gdp');
    expect(normaliseMetric('规模以上工业增加值')).toBe('规上工业增加值');
    expect(normaliseMetric('研发经费投入占GDP的比重')).toBe('r&d经费投入占gdp比重');
  });

  it('drops parentheticals, quotes, full-width forms and spaces', () => {
    expect(normaliseMetric('快递送达时间（全国）')).toBe('快递送达时间');
    expect(normaliseMetric('教育（“教育倍增”）')).toBe('教育');
    expect(normaliseMetric('“义新欧” 班列')).toBe('义新欧班列');
    expect(normaliseMetric('Ｒ＆Ｄ经费')).toBe('r&d经费');
  });
});

describe('metricForms', () => {
  it('offers the metric without scope prefixes and measure suffixes', () => {
    const texts = metricForms('全市GDP增速').map((f) => f.text);
    expect(texts).toEqual(['全市gdp增速', 'gdp增速', '全市gdp', 'gdp']);
  });

  it('strips jurisdiction names only when told them', () => {
    expect(metricForms('义乌机场航线总量').map((f) => f.text)).not.toContain('机场航线');
    const told = metricForms('义乌市全市生产总值', ['义乌市']);
    expect(told.map((f) => f.text)).toContain('gdp');
    expect(told.find((f) => f.text === 'gdp')?.removed).toEqual(['义乌市', '全市']);
  });

  it('marks the generic place-name reading as a guess', () => {
    const forms = metricForms('金华市出口');
    expect(forms.find((f) => f.text === '出口')?.guessed).toBe(true);
    expect(forms[0]?.guessed).toBe(false);
  });

  it('never strips a metric to nothing', () => {
    expect(metricForms('全市').map((f) => f.text)).toEqual(['全市']);
    expect(metricForms('增长').map((f) => f.text)).toEqual(['增长']);
  });
});

describe('jurisdictionNameForms', () => {
  it('gives full and short names', () => {
    expect(jurisdictionNameForms('义乌市')).toEqual(['义乌市', '义乌']);
    expect(jurisdictionNameForms('广西壮族自治区')).toEqual(['广西壮族自治区', '广西壮族']);
    expect(jurisdictionNameForms('北京')).toEqual(['北京']);
  });
});

describe('discriminatorConflicts', () => {
  it('separates 规上/产值/增加值, shares and 进出口', () => {
    expect(discriminatorConflicts('工业总产值', '规上工业总产值').map((d) => d.id)).toEqual([
      'above-scale',
    ]);
    expect(discriminatorConflicts('规上工业增加值', '规上工业总产值').map((d) => d.id)).toEqual([
      'value-added',
      'output',
    ]);
    expect(discriminatorConflicts('r&d经费', 'r&d经费投入强度').map((d) => d.id)).toEqual([
      'share',
    ]);
    expect(discriminatorConflicts('进出口', '出口').map((d) => d.id)).toEqual(['two-way-trade']);
    expect(discriminatorConflicts('城镇化率', '城镇居民收入').map((d) => d.id)).toEqual([
      'urban',
      'urbanisation',
    ]);
    expect(discriminatorConflicts('gdp', 'gdp')).toEqual([]);
  });
});

describe('bigramDice', () => {
  it('is 1 for equal strings, 0 for disjoint, and counts shared bigrams once', () => {
    expect(bigramDice('快递业务量', '快递业务量')).toBe(1);
    expect(bigramDice('出口', '粮食')).toBe(0);
    expect(bigramDice('社会消费品零售额', '社会消费品零售总额')).toBeCloseTo(12 / 15, 10);
    expect(bigramDice('aaa', 'aa')).toBeCloseTo(2 / 3, 10);
  });
});

describe('unit families', () => {
  it('maps base units and refuses shares of currency indicators', () => {
    expect(unitFamilyOf('元')).toBe('currency');
    expect(unitFamilyOf('吨标准煤/万元')).toBe('energy');
    expect(unitFamilyOf('斤')).toBeNull();
    expect(unitCompatible('level', 'percent', 'currency')).toBe(false);
    expect(unitCompatible('increase', 'percent', 'currency')).toBe(true);
    expect(unitCompatible('rank', 'rank', 'currency')).toBe(true);
    expect(unitCompatible('level', 'people', 'count')).toBe(true);
    expect(unitCompatible('level', 'mass', 'area')).toBe(false);
  });
});
