/**
 * The paths drawn behind a target: the one it requires (baseline → target) and the one the
 * actual pace leads to (latest → deadline). Compound growth for levels, as the status engine's
 * CAGR method assumes (docs/status-method.md §a); straight lines for rates and shares.
 */

export interface YearValue {
  readonly year: number;
  readonly value: number;
}

export type Growth = 'compound' | 'linear';

/** Yearly points from `from` to `to` along a compound or straight path (both ends included). */
export function pathBetween(from: YearValue, to: YearValue, growth: Growth): YearValue[] {
  if (to.year <= from.year) return [];
  const span = to.year - from.year;
  const compound = growth === 'compound' && from.value > 0 && to.value > 0;
  const rate = compound ? Math.pow(to.value / from.value, 1 / span) : 0;
  const step = (to.value - from.value) / span;
  const points: YearValue[] = [];
  for (let k = 0; k <= span; k += 1) {
    points.push({
      year: from.year + k,
      value: compound ? from.value * Math.pow(rate, k) : from.value + step * k,
    });
  }
  return points;
}

/**
 * Yearly points from the latest figure to `untilYear` at a given annual growth: percent a year
 * for compound growth (7.1 = 7.1 %), units a year for linear.
 */
export function projectAtPace(
  latest: YearValue,
  annualGrowth: number,
  untilYear: number,
  growth: Growth,
): YearValue[] {
  if (untilYear <= latest.year || !Number.isFinite(annualGrowth)) return [];
  const points: YearValue[] = [];
  for (let k = 0; k <= untilYear - latest.year; k += 1) {
    const value =
      growth === 'compound'
        ? latest.value * Math.pow(1 + annualGrowth / 100, k)
        : latest.value + annualGrowth * k;
    points.push({ year: latest.year + k, value });
  }
  return points;
}
