import { describe, expect, it } from 'vitest';
import { baseValueOf, scanQuantities } from './scan-quantities.js';

const one = (text: string) =>
  scanQuantities(text).map((q) => [q.value, q.valueMax, q.unit, q.baseUnit, baseValueOf(q)]);

describe('scanQuantities', () => {
  it('reads amounts with magnitudes and units', () => {
    expect(one('全市生产总值2693.3亿元')).toEqual([[2693.3, null, '亿元', '元', 269330000000]]);
    expect(one('银行存贷款余额达1.2万亿元')).toEqual([[1.2, null, '万亿元', '元', 1.2e12]]);
    expect(one('增长7.9%')).toEqual([[7.9, null, '%', '%', 7.9]]);
    expect(one('建成区面积达116平方公里')).toEqual([[116, null, '平方公里', '平方米', 116e6]]);
    expect(one('污水处理能力100万吨/日')).toEqual([[100, null, '万吨/日', '吨/日', 1e6]]);
    expect(one('形成3-5个产业集群')).toEqual([[3, 5, '个', '个', 3]]);
    expect(one('提高2个百分点')).toEqual([[2, null, '个百分点', '个百分点', 2]]);
    expect(one('实有人口达342万')).toEqual([[342, null, '万', null, 3420000]]);
    expect(one('1小时通勤圈')).toEqual([[1, null, '小时', '分钟', 60]]);
  });
  it('reads a minus sign after 为/是 as a negative figure, not a range', () => {
    expect(one('自然增长率为-0.23‰')).toEqual([[-0.23, null, '‰', '‰', -0.23]]);
    expect(one('上海财政收入增速是-12.9%')).toEqual([[-12.9, null, '%', '%', -12.9]]);
    expect(one('形成3-5个产业集群')).toEqual([[3, 5, '个', '个', 3]]);
    expect(one('2022-2025年投资50亿元')).toEqual([[50, null, '亿元', '元', 5e9]]);
  });
  it('reads 千分点, per-head and equipment units whole', () => {
    expect(one('出生率比上年下降0.86个千分点')).toEqual([
      [0.86, null, '个千分点', '个千分点', 0.86],
    ]);
    expect(one('全员劳动生产率为152977元/人')).toEqual([[152977, null, '元/人', '元/人', 152977]]);
    expect(one('开展手术1.5万台次')).toEqual([[1.5, null, '万台次', '台次', 15000]]);
    expect(one('完成设备更新6.5万台(套)')).toEqual([[6.5, null, '万台(套)', '台(套)', 65000]]);
  });
  it('reads 多/余 inside a quantity as more than the number, the unit written without it', () => {
    const more = (text: string) =>
      scanQuantities(text).map((q) => [q.value, q.unit, q.more === true]);
    // A national work report's review; a county's news; a village's accounts.
    expect(more('城镇新增就业年均1270多万人')).toEqual([[1270, '万人', true]]);
    expect(more('建立各级各类自然保护地9000多处')).toEqual([[9000, '处', true]]);
    expect(more('共受理各类信访和矛盾纠纷2.7万余件')).toEqual([[2.7, '万件', true]]);
    expect(more('村集体经济收入800余万元')).toEqual([[800, '万元', true]]);
    expect(more('新增就业5万人')).toEqual([[5, '万人', false]]);
  });
  it('reads years as a measure after 年限 or with a decimal, never a date', () => {
    // A national work report's review; a city plan's indicator.
    expect(one('新增劳动力平均受教育年限从13.5年提高到14年')).toEqual([
      [13.5, null, '年', '年', 13.5],
      [14, null, '年', '年', 14],
    ]);
    expect(one('劳动年龄人口平均受教育年限达到11年')).toEqual([[11, null, '年', '年', 11]]);
    expect(one('人均预期寿命提高1.2年')).toEqual([[1.2, null, '年', '年', 1.2]]);
    expect(one('到25年底')).toEqual([]);
    expect(one('2025年')).toEqual([]);
  });
  it('reads concentrations in 微克/立方米 whole', () => {
    // A city's pollution plan; a province's environment bulletin.
    expect(one('全市PM2.5浓度达到40微克/立方米')).toEqual([
      [40, null, '微克/立方米', '微克/立方米', 40],
    ]);
    expect(one('细颗粒物平均浓度为33微克/立方米')).toEqual([
      [33, null, '微克/立方米', '微克/立方米', 33],
    ]);
  });
  it('reads Chinese numerals only with a magnitude or percent', () => {
    expect(one('十万人')).toEqual([[10, null, '万人', '人', 100000]]);
    expect(one('百分之五')).toEqual([[5, null, '%', '%', 5]]);
    expect(one('五成')).toEqual([[50, null, '%', '%', 50]]);
    expect(one('三大新赛道')).toEqual([]);
    expect(one('一体化')).toEqual([]);
  });
  it('skips years, dates, labels and classes', () => {
    expect(one('2025年')).toEqual([]);
    expect(one('8月15日')).toEqual([]);
    expect(one('5A级景区')).toEqual([]);
    expect(one('84.5号文件')).toEqual([]);
    expect(one('第六代市场')).toEqual([]);
  });
});
