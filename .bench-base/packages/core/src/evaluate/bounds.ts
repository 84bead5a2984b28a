import type { Polarity } from '../model/indicator.js';
import type { Comparator, Measure } from '../model/item.js';
import type { Observation } from '../model/observation.js';
import type { EvaluationConfig } from './config.js';

/** Which way the compared quantity should go: up, down, or stay in a band. */
export type Direction = 'up' | 'down' | 'band';

/**
 * A target as an interval of acceptable values, in base units. `>=` 以上 is
 * inclusive and `>` 超/突破 exclusive (Chinese legal usage, 民法典 art. 1259;
 * china-users.md §0.3); `~` 左右 widens by the tolerance on the side that matters.
 */
export interface TargetBounds {
  readonly lower: number | null;
  readonly lowerStrict: boolean;
  readonly upper: number | null;
  readonly upperStrict: boolean;
  readonly direction: Direction;
  /** The `~`/`=` tolerance applied, or null. */
  readonly tolerance: number | null;
  /** The figures as stated (before tolerance): `value`, and `value_max` for ranges. */
  readonly stated: number;
  readonly statedMax: number | null;
}

export interface TargetTerms {
  readonly comparator: Comparator;
  readonly value: number;
  readonly valueMax: number | null;
  /** True for figures in % or 个百分点: their tolerance is in percentage points. */
  readonly isPercent: boolean;
}

/**
 * The polarity that decides `=`/`~`/range targets. A rank is always
 * lower-is-better. With no indicator, the comparator decides; a bare `=`
 * counts as a build-up target (海外仓 200 个: more is fine) and `~`/range as
 * two-sided. An indicator's polarity flips for a `decrease` target, whose
 * value is the size of the fall (能耗下降3%: a bigger fall is better).
 */
export function effectivePolarity(
  measure: Measure | null,
  comparator: Comparator,
  indicatorPolarity: Polarity | undefined,
): Polarity {
  if (measure === 'rank') return 'lower-is-better';
  if (indicatorPolarity === undefined) {
    switch (comparator) {
      case '>=':
      case '>':
      case '=':
        return 'higher-is-better';
      case '<=':
      case '<':
        return 'lower-is-better';
      case '~':
      case 'range':
        return 'target-is-best';
    }
  }
  if (measure !== 'decrease') return indicatorPolarity;
  switch (indicatorPolarity) {
    case 'higher-is-better':
      return 'lower-is-better';
    case 'lower-is-better':
      return 'higher-is-better';
    case 'target-is-best':
      return 'target-is-best';
  }
}

/** The tolerance of a `~` target: ± pp for percentages, ± a share of the target otherwise. */
export function approxTolerance(terms: TargetTerms, config: EvaluationConfig): number {
  return terms.isPercent
    ? config.approxPercentPoints
    : Math.abs(terms.value) * config.approxRelative;
}

/** The acceptable interval of a target (see docs/status-method.md, "Deadline comparator"). */
export function targetBounds(
  terms: TargetTerms,
  polarity: Polarity,
  config: EvaluationConfig,
): TargetBounds {
  const direction: Direction =
    polarity === 'higher-is-better' ? 'up' : polarity === 'lower-is-better' ? 'down' : 'band';
  const base = {
    lowerStrict: false,
    upperStrict: false,
    tolerance: null,
    stated: terms.value,
    statedMax: terms.valueMax,
  };
  const v = terms.value;
  switch (terms.comparator) {
    case '>=':
      return { ...base, lower: v, upper: null, direction: 'up' };
    case '>':
      return { ...base, lower: v, lowerStrict: true, upper: null, direction: 'up' };
    case '<=':
      return { ...base, lower: null, upper: v, direction: 'down' };
    case '<':
      return { ...base, lower: null, upper: v, upperStrict: true, direction: 'down' };
    case '~':
    case '=': {
      // `=` is exact only one-sided; a two-sided `=` gets the `~` tolerance,
      // because real figures never equal a target to the last digit.
      if (terms.comparator === '=' && direction !== 'band') {
        return direction === 'up'
          ? { ...base, lower: v, upper: null, direction }
          : { ...base, lower: null, upper: v, direction };
      }
      const tol = approxTolerance(terms, config);
      if (direction === 'up')
        return { ...base, lower: v - tol, upper: null, direction, tolerance: tol };
      if (direction === 'down')
        return { ...base, lower: null, upper: v + tol, direction, tolerance: tol };
      return { ...base, lower: v - tol, upper: v + tol, direction, tolerance: tol };
    }
    case 'range': {
      const max = terms.valueMax ?? v;
      // Beating the top of a growth range counts as done (超额完成); only a
      // two-sided indicator must stay inside it.
      if (direction === 'up') return { ...base, lower: v, upper: null, direction };
      if (direction === 'down') return { ...base, lower: null, upper: max, direction };
      return { ...base, lower: v, upper: max, direction };
    }
  }
}

/** Whether an exact value lies inside the bounds. */
export function satisfiesValue(x: number, b: TargetBounds): boolean {
  if (b.lower !== null && (b.lowerStrict ? x <= b.lower : x < b.lower)) return false;
  if (b.upper !== null && (b.upperStrict ? x >= b.upper : x > b.upper)) return false;
  return true;
}

/**
 * Whether an observation meets the target: true, false, or null when it
 * cannot tell. A threshold passed (突破2500亿, comparator `>`) counts as its
 * value for `>=`/`>` checks: the true figure is at least that high.
 */
export function satisfiesObservation(
  obs: Pick<Observation, 'value' | 'comparator'>,
  b: TargetBounds,
): boolean | null {
  const v = obs.value;
  switch (obs.comparator) {
    case '=':
    case '~':
      return satisfiesValue(v, b);
    case '>':
    case '>=': {
      const strict = obs.comparator === '>';
      // The true figure is above v: it breaks a cap that v already reaches.
      if (b.upper !== null && (v > b.upper || (v === b.upper && (strict || b.upperStrict)))) {
        return false;
      }
      if (b.upper !== null) return null;
      if (b.lower === null) return true;
      return v > b.lower || (v === b.lower && (strict || !b.lowerStrict)) ? true : null;
    }
    case '<':
    case '<=': {
      const strict = obs.comparator === '<';
      if (b.lower !== null && (v < b.lower || (v === b.lower && (strict || b.lowerStrict)))) {
        return false;
      }
      if (b.lower !== null) return null;
      if (b.upper === null) return true;
      return v < b.upper || (v === b.upper && (strict || !b.upperStrict)) ? true : null;
    }
  }
}

/**
 * How far a value has got towards the target as a ratio (1 or more when met):
 * value ÷ target going up, target ÷ value going down, and for a band the
 * nearer edge. Compared with the same bands as the Eurostat ratio.
 */
export function attainment(x: number, b: TargetBounds): number {
  if (satisfiesValue(x, b)) return 1;
  const below = b.lower !== null && x < b.lower;
  if (below) {
    const target = b.lower ?? 0;
    return target > 0 && x > 0 ? x / target : 0;
  }
  const target = b.upper ?? 0;
  return x > 0 && target > 0 ? target / x : 0;
}

/** The figure a trajectory aims at: the stated value, or the band edge nearest the start. */
export function aimValue(b: TargetBounds, start: number): number {
  switch (b.direction) {
    case 'up':
      return b.stated;
    case 'down':
      return b.statedMax ?? b.stated;
    case 'band': {
      const max = b.statedMax ?? b.stated;
      if (start < b.stated) return b.stated;
      if (start > max) return max;
      return b.stated;
    }
  }
}
