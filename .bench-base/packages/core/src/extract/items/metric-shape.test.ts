import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';
import {
  attributeOf,
  circleWord,
  countedNoun,
  shareOfName,
  subjectAndMeasure,
} from './metric-shape.js';

function metricsOf(text: string): string[] {
  return readDocument({ text, meta: { title: '测试“十四五”规划', horizon: 2025 } }).items.map(
    (i) => i.metric,
  );
}

describe('whole metric names', () => {
  it('keeps a word whose first character the unit took (人口, 户籍, 人才)', () => {
    expect(countedNoun('万人', '口现代化都市基础框架')).toBe('人口现代化都市基础框架');
    expect(countedNoun('万户', '籍人口')).toBe('户籍人口');
    expect(countedNoun('万人', '才')).toBe('人才');
    expect(countedNoun('个', '海外仓')).toBe('海外仓');
    expect(countedNoun('万人', '次')).toBe('次');
  });

  it('names the circle of a time circle', () => {
    expect(circleWord('通勤圈')).toBe('通勤圈');
    expect(circleWord('都市通行圈')).toBe('都市通行圈');
    expect(circleWord('、乡村 20 分钟文化圈”')).toBe('文化圈');
    expect(circleWord('互达')).toBeNull();
  });

  it('joins a subject and the measure it reaches, but not a clause', () => {
    expect(subjectAndMeasure('核心企业', '产值')).toBe('核心企业产值');
    expect(subjectAndMeasure('绿色动力小镇', '产值')).toBe('绿色动力小镇产值');
    expect(subjectAndMeasure('以新型进口市场为核心', '进口')).toBe('进口');
    expect(subjectAndMeasure('全市', '高铁站')).toBe('高铁站');
  });

  it('reads a share of effort by its subject and noun', () => {
    expect(shareOfName('市领导和职能部门用', '的精力抓改革')).toBe('市领导和职能部门抓改革精力');
    expect(shareOfName('各级财政拿出', '的资金用于民生')).toBe('各级财政用于民生资金');
    expect(shareOfName('全市生产总值', '的比重')).toBeNull();
  });

  it('attaches 总量 to the thing, not to the measure named before', () => {
    expect(attributeOf('粮食种植面积', '总量')).toBe('粮食总量');
    expect(attributeOf('三甲医院', '总量')).toBe('三甲医院总量');
    expect(attributeOf('全市生产总值', '增速')).toBe('全市生产总值增速');
  });

  it('reads whole names from real sentences', () => {
    expect(metricsOf('形成300万人口现代化都市基础框架。')[0]).toMatch(/^人口/);
    expect(metricsOf('到2025年核心企业实现产值1000亿元。')).toEqual(['核心企业产值']);
    expect(metricsOf('到2025年绿色动力小镇实现产值300亿元。')).toEqual(['绿色动力小镇产值']);
    expect(metricsOf('粮食种植面积稳定在13万亩，总量保持在4.5万吨以上。')).toEqual([
      '粮食种植面积',
      '粮食总量',
    ]);
    expect(metricsOf('形成金义都市区1小时通勤圈、长三角城市群2小时城际圈。')).toEqual([
      '金义都市区通勤圈',
      '长三角城市群城际圈',
    ]);
    expect(metricsOf('引导培育500名网红主播、10000名带货达人。')).toEqual(['网红主播', '带货达人']);
    expect(metricsOf('联动全国100个以上物流枢纽和节点城市。')).toEqual(['全国物流枢纽和节点城市']);
    expect(metricsOf('建成电子商务专业村200个。')).toEqual(['电子商务专业村']);
  });
});
