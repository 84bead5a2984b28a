import {
  linkItem,
  normaliseMetric,
  type Indicator,
  type IndicatorCatalog,
  type Item,
} from '@lantu/core';

/** An indicator a table names, and the measure its name implies (`GDP增速` → increase). */
export interface NamedIndicator {
  readonly indicator: Indicator;
  readonly impliedMeasure: 'increase' | 'rank' | null;
}

const GROWTH_SUFFIX = /(?:年均)?(?:增速|增长率|增幅|增长)$/u;
const RANK_SUFFIX = /(?:排名|排位|位次)$/u;

/**
 * The catalog indicator a table cell names: its code, any of its names or aliases (as
 * the linker normalises them), or that with a place prefix of the row's jurisdiction
 * (义乌市地区生产总值). Only exact names count: a table is data, and a guessed indicator
 * would store figures under the wrong series. null when nothing matches exactly.
 */
export function resolveIndicator(
  text: string,
  catalog: IndicatorCatalog,
  jurisdictionNames: readonly string[],
): NamedIndicator | null {
  const byCode = catalog.byCode.get(text.trim());
  if (byCode !== undefined) return { indicator: byCode, impliedMeasure: null };
  const normalised = normaliseMetric(text);
  const impliedMeasure = GROWTH_SUFFIX.test(normalised)
    ? 'increase'
    : RANK_SUFFIX.test(normalised)
      ? 'rank'
      : null;
  const stem = normalised.replace(GROWTH_SUFFIX, '').replace(RANK_SUFFIX, '');
  for (const candidate of [normalised, stem]) {
    const name = catalog.names.find((n) => n.text === candidate);
    const indicator = name === undefined ? undefined : catalog.byCode.get(name.code);
    if (indicator !== undefined)
      return { indicator, impliedMeasure: candidate === stem ? impliedMeasure : null };
  }
  // The linker knows place prefixes and scope words (全市, 义乌); accept only its exact tier.
  const link = linkItem(asMetric(text), catalog, { jurisdictionNames, minConfidence: 0 });
  const indicator = link?.match === 'exact' ? catalog.byCode.get(link.indicator_code) : undefined;
  return indicator === undefined ? null : { indicator, impliedMeasure };
}

/** A bare item carrying only a metric, for the linker. */
function asMetric(metric: string): Item {
  return {
    kind: 'actual',
    metric,
    measure: null,
    comparator: null,
    value: null,
    value_max: null,
    unit: null,
    base_value: null,
    base_unit: null,
    year: null,
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
