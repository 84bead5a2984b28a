import { defaultCatalog, type Indicator } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { unitFor } from './unit-for.js';

const catalog = defaultCatalog();
const gdp = catalog.byCode.get('gdp') as Indicator;

describe('unitFor', () => {
  it('converts with core unit rules and keeps ranks in 位', () => {
    expect(unitFor('亿元', 'level', gdp)).toEqual({ base: '元', factor: 1e8 });
    expect(unitFor('%', 'increase', gdp)).toEqual({ base: '%', factor: 1 });
    expect(unitFor('', 'rank', gdp)).toEqual({ base: '位', factor: 1 });
    expect(unitFor('名', 'rank', gdp)).toEqual({ base: '位', factor: 1 });
  });

  it('refuses units that cannot be a figure of the indicator, unknown units and missing ones', () => {
    expect(unitFor('万人', 'level', gdp)).toMatch(/does not fit/u);
    expect(unitFor('%', 'level', gdp)).toMatch(/does not fit/u);
    expect(unitFor('亿克朗', 'level', gdp)).toMatch(/unknown unit/u);
    expect(unitFor('', 'level', gdp)).toMatch(/no unit/u);
    expect(unitFor('亿', 'level', gdp)).toMatch(/no unit/u);
    expect(unitFor('', 'increase', gdp)).toMatch(/no unit/u);
    expect(unitFor('亿元', 'rank', gdp)).toMatch(/rank/u);
  });
});
