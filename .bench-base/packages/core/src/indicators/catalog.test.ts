import { describe, expect, it } from 'vitest';
import { isLantuError } from '../errors.js';
import type { Indicator } from '../model/indicator.js';
import { createCatalog, defaultCatalog, extendCatalog } from './catalog.js';
import { SEED_INDICATORS } from './seed-catalog.js';

const extra: Indicator = {
  code: 'tourists',
  name_zh: '旅游人次',
  name_en: 'Tourist visits',
  aliases: ['接待游客'],
  unit_family: 'people',
  base_unit: '人次',
  polarity: 'higher-is-better',
};

describe('the seeded catalog', () => {
  it('holds 30 to 50 indicators with unique codes and both names', () => {
    expect(SEED_INDICATORS.length).toBeGreaterThanOrEqual(30);
    expect(SEED_INDICATORS.length).toBeLessThanOrEqual(50);
    expect(new Set(SEED_INDICATORS.map((i) => i.code)).size).toBe(SEED_INDICATORS.length);
    for (const i of SEED_INDICATORS) {
      expect(i.name_zh).not.toBe('');
      expect(i.name_en).not.toBe('');
      expect(i.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('covers the indicators plans state most often', () => {
    const codes = new Set(SEED_INDICATORS.map((i) => i.code));
    for (const code of [
      'gdp',
      'gdp-per-capita',
      'general-public-budget-revenue',
      'trade-total',
      'exports',
      'imports',
      'retail-sales',
      'industrial-value-added-above-scale',
      'industrial-output-above-scale',
      'industrial-output',
      'fixed-asset-investment',
      'disposable-income',
      'disposable-income-urban',
      'disposable-income-rural',
      'rd-intensity',
      'rd-spending',
      'urban-new-jobs',
      'urban-surveyed-unemployment-rate',
      'cpi',
      'energy-intensity',
      'grain-output',
      'resident-population',
      'digital-economy-share',
      'high-tech-industry-share',
      'express-delivery-volume',
      'market-turnover',
      'actual-fdi',
      'freight-volume',
      'urbanisation-rate',
      'forest-coverage',
      'pm25',
      'life-expectancy',
    ]) {
      expect(codes.has(code), code).toBe(true);
    }
  });

  it('gives lower-is-better polarity to unemployment, energy intensity and PM2.5', () => {
    const catalog = defaultCatalog();
    for (const code of ['urban-surveyed-unemployment-rate', 'energy-intensity', 'pm25']) {
      expect(catalog.byCode.get(code)?.polarity).toBe('lower-is-better');
    }
    expect(catalog.byCode.get('gdp')?.polarity).toBe('higher-is-better');
  });
});

describe('createCatalog', () => {
  it('refuses a duplicate code', () => {
    const gdp = SEED_INDICATORS[0];
    if (gdp === undefined) throw new Error('seed is empty');
    expect(() => createCatalog([gdp, { ...gdp, name_zh: '别名' }])).toThrow(/appears twice/);
  });

  it('refuses one spelling naming two indicators, as INPUT_INVALID', () => {
    try {
      createCatalog([...SEED_INDICATORS, { ...extra, aliases: ['全社会固定资产投资'] }]);
      expect.unreachable();
    } catch (error) {
      expect(isLantuError(error) && error.code).toBe('INPUT_INVALID');
    }
  });

  it('indexes normalised names so 规模以上 and 规上 spellings meet', () => {
    const catalog = defaultCatalog();
    const names = catalog.names.filter((n) => n.code === 'industrial-output-above-scale');
    expect(names.map((n) => n.text)).toContain('规上工业总产值');
  });
});

describe('extendCatalog', () => {
  it('adds entries and replaces entries with the same code', () => {
    const base = defaultCatalog();
    const extended = extendCatalog(base, [
      extra,
      { ...(base.byCode.get('gdp') as Indicator), name_en: 'Regional GDP' },
    ]);
    expect(extended.indicators.length).toBe(base.indicators.length + 1);
    expect(extended.byCode.get('tourists')?.name_zh).toBe('旅游人次');
    expect(extended.byCode.get('gdp')?.name_en).toBe('Regional GDP');
    // The base is not changed.
    expect(base.byCode.has('tourists')).toBe(false);
  });
});
