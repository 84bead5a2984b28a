import { describe, expect, it } from 'vitest';
import type { Item } from '../model/item.js';
import type { Jurisdiction } from '../model/jurisdiction.js';
import { linkJurisdiction } from './link-jurisdiction.js';

const known: readonly Jurisdiction[] = [
  { code: 'cn', name_zh: '中国', name_en: 'China', level: 'country', parent_code: null },
  { code: 'cn-zj', name_zh: '浙江省', name_en: 'Zhejiang', level: 'province', parent_code: 'cn' },
  {
    code: 'cn-zj-jh',
    name_zh: '金华市',
    name_en: 'Jinhua',
    level: 'prefecture',
    parent_code: 'cn-zj',
  },
  {
    code: 'cn-zj-jh-yw',
    name_zh: '义乌市',
    name_en: 'Yiwu',
    level: 'county',
    parent_code: 'cn-zj-jh',
  },
];

function item(metric: string, scope: string | null = null): Item {
  return {
    kind: 'actual',
    metric,
    measure: scope === null ? 'level' : 'rank',
    comparator: '=',
    value: 1,
    value_max: null,
    unit: null,
    base_value: 1,
    base_unit: null,
    year: 2025,
    period: null,
    recurring: false,
    baseline: null,
    scope,
    text: metric,
    start: 0,
    end: 1,
    section: null,
  };
}

describe('linkJurisdiction', () => {
  it("defaults to the document's jurisdiction", () => {
    expect(linkJurisdiction(item('全市生产总值'), 'cn-zj-jh-yw', known)).toMatchObject({
      jurisdiction: 'cn-zj-jh-yw',
      explicit: false,
    });
  });

  it('keeps the document jurisdiction for 全国/全省 scope words and rank scopes', () => {
    expect(linkJurisdiction(item('全国主要城市商务圈'), 'cn-zj-jh-yw', known).jurisdiction).toBe(
      'cn-zj-jh-yw',
    );
    expect(
      linkJurisdiction(item('全国全省“首单”“首例”“首批”'), 'cn-zj-jh-yw', known).jurisdiction,
    ).toBe('cn-zj-jh-yw');
    const rank = linkJurisdiction(item('居民人均可支配收入', '全国'), 'cn-zj-jh-yw', known);
    expect(rank.jurisdiction).toBe('cn-zj-jh-yw');
  });

  it("keeps the document's own name (义乌机场…) as the document's jurisdiction", () => {
    const link = linkJurisdiction(item('义乌机场航线总量'), 'cn-zj-jh-yw', known);
    expect(link).toMatchObject({ jurisdiction: 'cn-zj-jh-yw', explicit: false });
  });

  it('assigns a figure that names another known jurisdiction to it', () => {
    const link = linkJurisdiction(item('金华市地区生产总值'), 'cn-zj-jh-yw', known);
    expect(link).toMatchObject({ jurisdiction: 'cn-zj-jh', explicit: true });
    expect(linkJurisdiction(item('浙江GDP'), '义乌市', known).jurisdiction).toBe('cn-zj');
  });

  it('does not read 金义都市区 as 金华', () => {
    expect(linkJurisdiction(item('金义都市区通勤圈'), 'cn-zj-jh-yw', known).jurisdiction).toBe(
      'cn-zj-jh-yw',
    );
  });

  it('without known jurisdictions always answers the document', () => {
    expect(linkJurisdiction(item('金华市地区生产总值'), '义乌市').jurisdiction).toBe('义乌市');
  });
});
