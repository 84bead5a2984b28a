import type { Measure } from '../model/item.js';
import type { UnitFamily } from '../model/indicator.js';
import type { CatalogName, IndicatorCatalog } from './catalog.js';
import { DISCRIMINATORS } from './discriminators.js';
import { bigramsOf, type Bigrams } from './similarity.js';
import { unitCompatible } from './unit-family.js';

/** A catalog name with what the linker computes about it for every metric, computed once. */
export interface IndexedName {
  readonly name: CatalogName;
  /** Which discriminators the name has (bit i: `DISCRIMINATORS[i]`); see `discriminatorMask`. */
  readonly mask: number;
  readonly bigrams: Bigrams;
}

/** The linker's view of a catalog: its names by the unit families they accept. */
export interface CatalogIndex {
  /**
   * The names of indicators an item of this measure and unit family may be a figure of
   * (`unitCompatible`), in catalog order: the order decides ties, so it is kept.
   */
  fitting(measure: Measure | null, family: UnitFamily | null): readonly IndexedName[];
}

const indexes = new WeakMap<IndicatorCatalog, CatalogIndex>();

/**
 * The index of a catalog, built on first use and kept while the catalog is. A catalog is
 * immutable, so the index never goes stale; linking many items then costs no per-item work
 * on the catalog (discriminators, bigrams and unit checks of its names).
 */
export function catalogIndex(catalog: IndicatorCatalog): CatalogIndex {
  const kept = indexes.get(catalog);
  if (kept !== undefined) return kept;
  const names = catalog.names.map((name): IndexedName => ({
    name,
    mask: discriminatorMask(name.text),
    bigrams: bigramsOf(name.text),
  }));
  const byFit = new Map<string, readonly IndexedName[]>();
  const index: CatalogIndex = {
    fitting(measure, family) {
      const key = `${measure ?? ''}\u0000${family ?? ''}`;
      const hit = byFit.get(key);
      if (hit !== undefined) return hit;
      const fit = names.filter((entry) => {
        const indicator = catalog.byCode.get(entry.name.code);
        return indicator !== undefined && unitCompatible(measure, family, indicator.unit_family);
      });
      byFit.set(key, fit);
      return fit;
    },
  };
  indexes.set(catalog, index);
  return index;
}

/**
 * The discriminators a normalised text has, one bit each. Two texts agree on every
 * discriminator (no `discriminatorConflicts`) exactly when their masks are equal.
 */
export function discriminatorMask(text: string): number {
  let mask = 0;
  for (const [bit, discriminator] of DISCRIMINATORS.entries()) {
    if (discriminator.pattern.test(text)) mask |= 1 << bit;
  }
  return mask;
}
