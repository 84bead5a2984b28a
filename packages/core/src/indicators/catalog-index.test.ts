import { describe, expect, it } from 'vitest';
import { createCatalog, defaultCatalog } from './catalog.js';
import { catalogIndex, discriminatorMask } from './catalog-index.js';
import { discriminatorConflicts } from './discriminators.js';
import { unitCompatible } from './unit-family.js';

const catalog = defaultCatalog();
const METRICS = [
  'gdp',
  '规上工业增加值',
  '工业总产值',
  '进出口总额',
  '出口',
  '城镇居民人均可支配收入',
];

describe('catalogIndex', () => {
  it('equal discriminator masks mean no discriminator conflicts, for every pair of names', () => {
    const texts = [...catalog.names.map((n) => n.text), ...METRICS];
    const disagreements: string[] = [];
    let conflicts = 0;
    for (const a of texts) {
      for (const b of texts) {
        const conflict = discriminatorConflicts(a, b).length > 0;
        if (conflict) conflicts += 1;
        if ((discriminatorMask(a) !== discriminatorMask(b)) !== conflict) {
          disagreements.push(`${a} / ${b}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(conflicts).toBeGreaterThan(0);
  });

  it('lists the names a unit fits, in catalog order, the same list each time', () => {
    const index = catalogIndex(catalog);
    const fit = index.fitting('level', 'currency');
    const expected = catalog.names.filter((n) =>
      unitCompatible('level', 'currency', catalog.byCode.get(n.code)?.unit_family ?? 'other'),
    );
    expect(fit.map((entry) => entry.name)).toEqual(expected);
    expect(fit.length).toBeLessThan(catalog.names.length);
    expect(index.fitting('level', 'currency')).toBe(fit);
    expect(catalogIndex(catalog)).toBe(index);
  });

  it('a new catalog gets its own index', () => {
    const other = createCatalog(catalog.indicators.slice(0, 2));
    expect(catalogIndex(other)).not.toBe(catalogIndex(catalog));
    expect(catalogIndex(other).fitting(null, null).length).toBe(other.names.length);
  });
});
