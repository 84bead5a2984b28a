import type { Measure } from '../model/item.js';
import type { Observation } from '../model/observation.js';
import { satisfiesObservation, type TargetBounds } from './bounds.js';
import { partYearMonths } from './period.js';

/**
 * An observation as the target reads it: same measure, and for a decrease
 * target the size of the fall (an `increase` of −3.2% is a `decrease` of 3.2).
 */
export interface Figure {
  readonly year: number;
  readonly period: string | null;
  readonly value: number;
  readonly comparator: Observation['comparator'];
  readonly original: Observation;
}

/** Optional scope on a rank observation (全国, 全省县（市、区）); see `sameRankScope`. */
export type ScopedObservation = Observation & { readonly scope?: string | null };

const FLIPPED: Readonly<Record<Observation['comparator'], Observation['comparator']>> = {
  '=': '=',
  '~': '~',
  '>': '<',
  '>=': '<=',
  '<': '>',
  '<=': '>=',
};

/**
 * The observations a target can use, as figures: the target's measure
 * (increase and decrease convert into each other by sign), a compatible base
 * unit (元 and 美元 versions of one figure are different series), and no year
 * after the evaluation year.
 *
 * With a `cache`, the figures of one observation list (by identity) are built
 * once per base unit, measure and year, and shared by every target that reads
 * them; the returned array must then not be changed.
 */
export function figuresFor(
  baseUnit: string | null,
  measure: Measure,
  observations: readonly Observation[],
  lastYear: number,
  cache?: FigureCache,
): readonly Figure[] {
  if (cache === undefined || observations.length === 0) {
    return buildFigures(baseUnit, measure, observations, lastYear);
  }
  return cache.figures(baseUnit, measure, observations, lastYear);
}

function buildFigures(
  baseUnit: string | null,
  measure: Measure,
  observations: readonly Observation[],
  lastYear: number,
): Figure[] {
  const out: Figure[] = [];
  for (const obs of observations) {
    if (obs.year > lastYear) continue;
    if (baseUnit !== null && obs.base_unit !== null && obs.base_unit !== baseUnit) {
      continue;
    }
    if (obs.measure === measure) {
      out.push({
        year: obs.year,
        period: obs.period,
        original: obs,
        value: obs.value,
        comparator: obs.comparator,
      });
    } else if (
      (measure === 'increase' && obs.measure === 'decrease') ||
      (measure === 'decrease' && obs.measure === 'increase')
    ) {
      out.push({
        year: obs.year,
        period: obs.period,
        original: obs,
        value: -obs.value,
        comparator: FLIPPED[obs.comparator],
      });
    }
  }
  return out;
}

/**
 * Figures already built, by observation list (its identity) and by base unit, measure
 * and last year. A caller that evaluates many targets over shared observation lists
 * (a scorecard page: one list per series and measure) makes one with
 * `createFigureCache()` and passes it to every `evaluateTarget` call; the lists must
 * not change while it is in use. Without one, every call builds its own figures.
 */
export class FigureCache {
  readonly #byList = new WeakMap<readonly Observation[], Map<string, readonly Figure[]>>();

  figures(
    baseUnit: string | null,
    measure: Measure,
    observations: readonly Observation[],
    lastYear: number,
  ): readonly Figure[] {
    let byKey = this.#byList.get(observations);
    if (byKey === undefined) {
      byKey = new Map();
      this.#byList.set(observations, byKey);
    }
    const key = `${baseUnit ?? '\u0000'}|${measure}|${lastYear}`;
    let figures = byKey.get(key);
    if (figures === undefined) {
      figures = buildFigures(baseUnit, measure, observations, lastYear);
      byKey.set(key, figures);
    }
    return figures;
  }
}

/** A fresh cache of figures, for one batch of evaluations over unchanging observation lists. */
export function createFigureCache(): FigureCache {
  return new FigureCache();
}

/** Whole-year figures (period null) of one year. */
export function wholeYear(figures: readonly Figure[], year: number): Figure[] {
  return figures.filter((f) => f.year === year && f.period === null);
}

/** The cumulative part-year figure of `year` covering the most months, if any. */
export function latestPartYear(
  figures: readonly Figure[],
  year: number,
): { figure: Figure; months: number } | null {
  let best: { figure: Figure; months: number } | null = null;
  for (const figure of figures) {
    const months = figure.year === year ? partYearMonths(figure.period) : null;
    if (months === null || months >= 12) continue;
    if (best === null || months > best.months || (months === best.months && isExact(figure))) {
      best = { figure, months };
    }
  }
  return best;
}

function isExact(f: Figure): boolean {
  return f.comparator === '=' || f.comparator === '~';
}

/**
 * The figure to show for one year/period: an exact figure if there is one
 * (the last given wins; `detectClaimConflicts` reports disagreements), else
 * the threshold figure that says the most.
 */
export function pickFigure(figures: readonly Figure[]): Figure | null {
  const last = figures.filter(isExact).at(-1);
  if (last !== undefined) return last;
  let best: Figure | null = null;
  for (const f of figures) {
    const above = f.comparator === '>' || f.comparator === '>=';
    if (best === null || (above ? f.value > best.value : f.value < best.value)) best = f;
  }
  return best;
}

/**
 * Whether a year's figures meet the target: an exact figure decides; else
 * any threshold figure that decides; null when none can tell.
 */
export function decideYear(
  figures: readonly Figure[],
  bounds: TargetBounds,
): { met: boolean; figure: Figure } | null {
  const last = figures.filter(isExact).at(-1);
  const ordered = last !== undefined ? [last] : figures;
  for (const figure of ordered) {
    const met = satisfiesObservation(figure, bounds);
    if (met !== null) return { met, figure };
  }
  return null;
}

/** Latest whole-year figure strictly between two years (exclusive), if any. */
export function latestWholeYearBetween(
  figures: readonly Figure[],
  after: number,
  before: number,
): Figure | null {
  let latestYear: number | null = null;
  for (const f of figures) {
    if (f.period === null && f.year > after && f.year < before) {
      latestYear = latestYear === null ? f.year : Math.max(latestYear, f.year);
    }
  }
  return latestYear === null ? null : pickFigure(wholeYear(figures, latestYear));
}
