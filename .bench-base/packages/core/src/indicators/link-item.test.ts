import { describe, expect, it } from 'vitest';
import type { Item, Measure } from '../model/item.js';
import { createCatalog, defaultCatalog, extendCatalog } from './catalog.js';
import { linkItem } from './link-item.js';

const catalog = defaultCatalog();
const yiwu = { jurisdictionNames: ['义乌市', '金华市', '浙江省'] };

function item(metric: string, measure: Measure, baseUnit: string | null): Item {
  return {
    kind: 'target',
    metric,
    measure,
    comparator: '>=',
    value: 1,
    value_max: null,
    unit: baseUnit,
    base_value: 1,
    base_unit: baseUnit,
    year: 2025,
    period: null,
    recurring: false,
    baseline: null,
    scope: null,
    text: metric,
    start: 0,
    end: metric.length,
    section: null,
  };
}

/** [metric as in fixtures/yiwu/gold, measure, base unit, expected code or null]. */
const GOLD_CASES: readonly (readonly [string, Measure, string | null, string | null])[] = [
  // GDP in every spelling the Yiwu documents use; growth and rank keep the indicator.
  ['全市GDP', 'level', '元', 'gdp'],
  ['全市GDP', 'increase', '%', 'gdp'],
  ['全市GDP增速', 'rank', '位', 'gdp'],
  ['全市生产总值', 'level', '元', 'gdp'],
  ['全市生产总值', 'increase', '%', 'gdp'],
  ['全市生产总值增速', 'rank', '位', 'gdp'],
  ['全市生产总值总量', 'rank', '位', 'gdp'],
  ['地区生产总值', 'level', '元', 'gdp'],
  // Trade: 进出口 is its own indicator, not 出口 or 进口.
  ['进出口', 'level', '元', 'trade-total'],
  ['进出口', 'increase', '%', 'trade-total'],
  ['出口', 'level', '元', 'exports'],
  ['出口', 'increase', '%', 'exports'],
  ['出口总量', 'rank', '位', 'exports'],
  ['进口', 'level', '元', 'imports'],
  ['进口', 'increase', '%', 'imports'],
  ['一般公共预算收入', 'level', '元', 'general-public-budget-revenue'],
  ['一般公共预算收入', 'increase', '%', 'general-public-budget-revenue'],
  ['社会消费品零售总额', 'level', '元', 'retail-sales'],
  ['社会消费品零售总额', 'rank', '位', 'retail-sales'],
  ['固定资产投资', 'increase', '%', 'fixed-asset-investment'],
  ['市场成交额', 'rank', '位', 'market-turnover'],
  ['市场主体数', 'rank', '位', 'market-entities'],
  ['银行存贷款余额', 'level', '元', 'deposits-and-loans'],
  // Industry: three indicators that must never be confused.
  ['规上工业增加值', 'increase', '%', 'industrial-value-added-above-scale'],
  ['规上工业总产值', 'level', '元', 'industrial-output-above-scale'],
  ['全市工业总产值', 'level', '元', 'industrial-output'],
  ['规上工业企业数', 'level', '家', 'industrial-enterprises-above-scale'],
  // Income: all residents, urban, and 城乡 (= all residents).
  ['城乡居民人均可支配收入', 'rank', '位', 'disposable-income'],
  ['全体居民人均可支配收入', 'rank', '位', 'disposable-income'],
  ['城镇居民人均可支配收入', 'rank', '位', 'disposable-income-urban'],
  // R&D spending and R&D intensity are two indicators.
  ['全社会R&D经费', 'increase', '%', 'rd-spending'],
  ['全社会 R&D 经费投入占 GDP 比重', 'level', '%', 'rd-intensity'],
  // Shares link to the share indicator, never to the level.
  ['数字经济增加值占生产总值比重', 'level', '%', 'digital-economy-share'],
  ['高新技术产业产值占规上工业产值比重', 'level', '%', 'high-tech-industry-output-share'],
  ['高新技术企业总量', 'increase', '%', 'high-tech-enterprises'],
  // Logistics, agriculture.
  ['快递业务量', 'rank', '位', 'express-delivery-volume'],
  ['快递量', 'rank', '位', 'express-delivery-volume'],
  ['全市货运量', 'level', '吨', 'freight-volume'],
  ['粮食总量', 'level', '吨', 'grain-output'],
  ['粮食种植面积', 'level', '亩', 'grain-sown-area'],
  // Metrics the catalog does not hold stay unlinked rather than linked wrongly.
  ['进出口总量超过的全国省份数', 'level', '个', null],
  ['对 RCEP 国家进出口', 'level', '元', null],
  ['内外贸总额', 'level', '元', null],
  ['市场', 'rank', '位', null],
  ['实有人口', 'level', '人', null],
  ['常住外商', 'level', '人', null],
  ['现代化都市人口规模', 'level', '人', null],
  ['快递送达时间（全国）', 'level', '分钟', null],
  ['世界光明之都半导体产业总产值', 'level', '元', null],
  ['数字经济', 'increase', '%', null],
  ['数字经济核心制造业增加值', 'increase', '%', null],
  ['规上企业研发活动覆盖率', 'level', '%', null],
  ['自然保护地面积占国土面积比重', 'level', '%', null],
  ['中国县域共同富裕指数', 'rank', '位', null],
];

describe('linkItem on the Yiwu gold metrics', () => {
  it.each(GOLD_CASES)('%s (%s, %s) → %s', (metric, measure, unit, expected) => {
    const link = linkItem(item(metric, measure, unit), catalog, yiwu);
    expect(link?.indicator_code ?? null).toBe(expected);
  });
});

describe('linkItem hard separations', () => {
  it('never links 工业总产值 to 规上工业总产值, nor either to 规上工业增加值', () => {
    expect(linkItem(item('工业总产值', 'level', '元'), catalog)?.indicator_code).toBe(
      'industrial-output',
    );
    expect(linkItem(item('规模以上工业总产值', 'level', '元'), catalog)?.indicator_code).toBe(
      'industrial-output-above-scale',
    );
    expect(linkItem(item('规上工业增加值', 'level', '元'), catalog)?.indicator_code).toBe(
      'industrial-value-added-above-scale',
    );
    // Without an exact alias the discriminators still separate them.
    const narrow = createCatalog(catalog.indicators.filter((i) => i.code !== 'industrial-output'));
    expect(linkItem(item('全市工业总产值', 'level', '元'), narrow, yiwu)).toBeNull();
  });

  it('keeps R&D spending growth apart from R&D intensity', () => {
    expect(linkItem(item('R&D经费年均增长', 'increase', '%'), catalog)?.indicator_code).toBe(
      'rd-spending',
    );
    expect(linkItem(item('研发经费投入强度', 'level', '%'), catalog)?.indicator_code).toBe(
      'rd-intensity',
    );
    expect(
      linkItem(item('研究与试验发展经费支出占地区生产总值的比重', 'level', '%'), catalog)
        ?.indicator_code,
    ).toBe('rd-intensity');
    // Spending in 元 is never the intensity, even when the wording is close.
    expect(linkItem(item('R&D经费投入', 'level', '元'), catalog)?.indicator_code).toBe(
      'rd-spending',
    );
  });

  it('never links a share to the level it is a share of', () => {
    expect(linkItem(item('第三产业增加值占GDP比重', 'level', '%'), catalog)).toBeNull();
    expect(linkItem(item('出口占全国比重', 'level', '%'), catalog)).toBeNull();
    // A level in % of a currency indicator is a share, refused by unit too.
    expect(linkItem(item('出口', 'level', '%'), catalog)).toBeNull();
  });

  it('treats a growth word as the measure, not a new indicator', () => {
    for (const metric of ['地区生产总值增长', 'GDP增长率', '生产总值年均增长', 'GDP增幅']) {
      expect(linkItem(item(metric, 'increase', '%'), catalog)?.indicator_code).toBe('gdp');
    }
  });

  it('links per-capita GDP, energy intensity and GDP as three indicators', () => {
    expect(linkItem(item('人均地区生产总值', 'level', '元'), catalog)?.indicator_code).toBe(
      'gdp-per-capita',
    );
    expect(linkItem(item('单位GDP能耗', 'decrease', '%'), catalog)?.indicator_code).toBe(
      'energy-intensity',
    );
    expect(linkItem(item('常住人口城镇化率', 'level', '%'), catalog)?.indicator_code).toBe(
      'urbanisation-rate',
    );
  });

  it('links urban and rural income variants separately', () => {
    expect(linkItem(item('农村居民人均可支配收入', 'increase', '%'), catalog)?.indicator_code).toBe(
      'disposable-income-rural',
    );
    expect(linkItem(item('农民人均可支配收入', 'level', '元'), catalog)?.indicator_code).toBe(
      'disposable-income-rural',
    );
    expect(linkItem(item('居民人均可支配收入', 'level', '元'), catalog)?.indicator_code).toBe(
      'disposable-income',
    );
  });
});

describe('linkItem normalisation and tiers', () => {
  it('strips jurisdiction names given in the context, in full and short form', () => {
    const link = linkItem(item('义乌市地区生产总值', 'level', '元'), catalog, yiwu);
    expect(link?.indicator_code).toBe('gdp');
    expect(link?.match).toBe('exact');
    expect(link?.reason).toContain('义乌市');
    expect(linkItem(item('义乌GDP', 'level', '元'), catalog, yiwu)?.indicator_code).toBe('gdp');
  });

  it('guesses an unknown leading place name only for exact matches, with less confidence', () => {
    const link = linkItem(item('温州市社会消费品零售总额', 'level', '元'), catalog);
    expect(link?.indicator_code).toBe('retail-sales');
    expect(link?.confidence).toBeLessThan(0.95);
    expect(linkItem(item('自贸试验区内新设企业', 'level', '家'), catalog)).toBeNull();
  });

  it('ignores spaces, quotes, full-width characters and Markdown marks', () => {
    for (const metric of ['“快递业务量”', ' 快 递 业务量', '**快递业务量**', '快递业务量']) {
      expect(linkItem(item(metric, 'rank', '位'), catalog)?.indicator_code).toBe(
        'express-delivery-volume',
      );
    }
    expect(linkItem(item('ＧＤＰ', 'level', '元'), catalog)?.indicator_code).toBe('gdp');
  });

  it('scores exact > stripped exact > containment > fuzzy', () => {
    const exact = linkItem(item('快递业务量', 'rank', '位'), catalog);
    const stripped = linkItem(item('全市快递业务量', 'rank', '位'), catalog);
    const contained = linkItem(item('外贸进出口总额及增速', 'level', '元'), catalog);
    const fuzzy = linkItem(item('社会消费品零售额', 'level', '元'), catalog);
    expect(exact).toMatchObject({ match: 'exact', confidence: 1 });
    expect(stripped).toMatchObject({ match: 'exact', confidence: 0.95 });
    expect(contained).toMatchObject({ indicator_code: 'trade-total', match: 'containment' });
    expect(fuzzy).toMatchObject({ indicator_code: 'retail-sales', match: 'fuzzy' });
    expect(stripped?.confidence).toBeLessThan(exact?.confidence ?? 0);
    expect(contained?.confidence).toBeLessThan(stripped?.confidence ?? 0);
    expect(fuzzy?.confidence).toBeLessThan(stripped?.confidence ?? 0);
  });

  it('respects a caller-set minimum confidence', () => {
    const metric = item('社会消费品零售额', 'level', '元');
    expect(linkItem(metric, catalog)).not.toBeNull();
    expect(linkItem(metric, catalog, { minConfidence: 0.9 })).toBeNull();
  });

  it('links to indicators users add to the catalog', () => {
    const extended = extendCatalog(catalog, [
      {
        code: 'yixinou-trains',
        name_zh: '义新欧班列开行量',
        name_en: 'Yixinou China-Europe freight trains',
        aliases: ['义新欧班列'],
        unit_family: 'count',
        base_unit: '列',
        polarity: 'higher-is-better',
      },
    ]);
    expect(linkItem(item('义新欧班列', 'level', '列'), catalog)).toBeNull();
    expect(linkItem(item('义新欧班列', 'level', '列'), extended)?.indicator_code).toBe(
      'yixinou-trains',
    );
  });
});

describe('linkItem on a metric no catalog name could be', () => {
  it('answers at once for a 20-million-character metric (bounded work)', () => {
    const huge = '全市地区生产总值'.repeat(2_500_000);
    const started = performance.now();
    expect(linkItem(item(huge, 'level', '元'), catalog, yiwu)).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('still links an ordinary metric', () => {
    const metric = '地区生产总值';
    expect(linkItem(item(metric, 'level', '元'), catalog, yiwu)?.indicator_code).toBe('gdp');
  });
});
