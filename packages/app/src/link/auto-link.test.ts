import { defaultCatalog, type Item } from '@lantu/core';
import { DEFAULT_JURISDICTIONS, type StoredItem } from '@lantu/store';
import { describe, expect, it } from 'vitest';
import { autoLinkFor, createAutoLinker } from './auto-link.js';

const catalog = defaultCatalog();
const places = DEFAULT_JURISDICTIONS;

function stored(fields: Partial<Item> & Pick<StoredItem, 'jurisdiction_code'>): StoredItem {
  const metric = fields.metric ?? '地区生产总值';
  return {
    kind: 'actual',
    metric,
    measure: 'level',
    comparator: '=',
    value: 1,
    value_max: null,
    unit: '亿元',
    base_value: 100_000_000,
    base_unit: '元',
    year: 2024,
    period: null,
    recurring: false,
    baseline: null,
    scope: null,
    text: metric,
    start: 0,
    end: metric.length,
    section: null,
    ...fields,
    id: 'i',
    document_id: 'd',
    idx: 0,
    review_state: 'extracted',
    indicator_code: null,
    link_confidence: null,
    link_method: null,
    updated_at: '',
    version: 1,
  };
}

describe('createAutoLinker', () => {
  it('decides every item as autoLinkFor does, remembering only what decides the link', () => {
    const linker = createAutoLinker(catalog, places);
    const items = [
      stored({ jurisdiction_code: 'cn-zj-jh-yw' }),
      // Same metric, other unit: a share in % is not the level of GDP.
      stored({ jurisdiction_code: 'cn-zj-jh-yw', base_unit: '%', unit: '%' }),
      // Same metric, growth: still GDP.
      stored({ jurisdiction_code: 'cn-zj-jh-yw', measure: 'increase', base_unit: '%' }),
      // Same metric, another document's place.
      stored({ jurisdiction_code: 'cn-zj-jh' }),
      stored({ jurisdiction_code: null, metric: '金华市生产总值' }),
      stored({ jurisdiction_code: 'cn-zj-jh-yw', metric: '金华市生产总值' }),
      stored({ jurisdiction_code: 'cn-zj-jh-yw', metric: '全市进出口总额' }),
      stored({ jurisdiction_code: 'cn-zj-jh-yw', metric: '出口' }),
    ];
    const decisions = [...items, ...items].map((item) => linker(item, item.jurisdiction_code));
    const expected = [...items, ...items].map((item) => autoLinkFor(item, catalog, places));
    expect(decisions).toEqual(expected);
    expect(decisions[0]).toMatchObject({ indicatorCode: 'gdp', jurisdictionCode: 'cn-zj-jh-yw' });
    expect(decisions[1]?.indicatorCode).toBeNull();
    expect(decisions[2]?.indicatorCode).toBe('gdp');
    expect(decisions[3]?.jurisdictionCode).toBe('cn-zj-jh');
    expect(decisions[5]?.jurisdictionCode).toBe('cn-zj-jh');
  });

  it('does not keep a metric too long to name anything', () => {
    const linker = createAutoLinker(catalog, places);
    const long = stored({ jurisdiction_code: 'cn-zj-jh-yw', metric: '生产总值'.repeat(100) });
    expect(linker(long, long.jurisdiction_code)).toEqual({
      indicatorCode: null,
      confidence: null,
      jurisdictionCode: 'cn-zj-jh-yw',
    });
  });
});
