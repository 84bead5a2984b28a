import { LantuError } from '../errors.js';
import type { Indicator } from '../model/indicator.js';
import { normaliseMetric } from './normalise-metric.js';
import { SEED_INDICATORS } from './seed-catalog.js';

/** One normalised spelling of an indicator, as the linker matches it. */
export interface CatalogName {
  /** Normalised text (see `normaliseMetric`). */
  readonly text: string;
  /** The spelling as given in the catalog, for reason texts. */
  readonly written: string;
  readonly code: string;
}

/** A validated, indexed set of indicators. Build it with `createCatalog`. */
export interface IndicatorCatalog {
  readonly indicators: readonly Indicator[];
  readonly byCode: ReadonlyMap<string, Indicator>;
  /** Every name_zh, name_en and alias, normalised; one spelling names one indicator. */
  readonly names: readonly CatalogName[];
}

/**
 * Indexes a list of indicators for linking. Throws LantuError INPUT_INVALID
 * when two entries share a code, or one normalised spelling would name two
 * indicators: an ambiguous catalog would link the same metric two ways.
 */
export function createCatalog(indicators: readonly Indicator[]): IndicatorCatalog {
  const byCode = new Map<string, Indicator>();
  const owner = new Map<string, string>();
  const names: CatalogName[] = [];
  for (const indicator of indicators) {
    if (indicator.code.trim() === '' || indicator.name_zh.trim() === '') {
      throw new LantuError('INPUT_INVALID', 'An indicator needs a code and a Chinese name.');
    }
    if (byCode.has(indicator.code)) {
      throw new LantuError('INPUT_INVALID', `Indicator code "${indicator.code}" appears twice.`);
    }
    byCode.set(indicator.code, indicator);
    for (const written of [indicator.name_zh, indicator.name_en, ...indicator.aliases]) {
      const text = normaliseMetric(written);
      if (text === '') continue;
      const previous = owner.get(text);
      if (previous !== undefined && previous !== indicator.code) {
        throw new LantuError(
          'INPUT_INVALID',
          `"${written}" names both "${previous}" and "${indicator.code}".`,
        );
      }
      if (previous === undefined) {
        owner.set(text, indicator.code);
        names.push({ text, written, code: indicator.code });
      }
    }
  }
  return { indicators: [...byCode.values()], byCode, names };
}

/**
 * A catalog with `extra` added to `base`; an extra entry with an existing
 * code replaces that entry (users correct the seed as well as extend it).
 */
export function extendCatalog(
  base: IndicatorCatalog,
  extra: readonly Indicator[],
): IndicatorCatalog {
  const replaced = new Set(extra.map((i) => i.code));
  return createCatalog([...base.indicators.filter((i) => !replaced.has(i.code)), ...extra]);
}

/** The seeded catalog (`SEED_INDICATORS`), indexed. */
export function defaultCatalog(): IndicatorCatalog {
  return createCatalog(SEED_INDICATORS);
}
