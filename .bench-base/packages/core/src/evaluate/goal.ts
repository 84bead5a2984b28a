import type { Polarity } from '../model/indicator.js';
import type { Comparator, Measure } from '../model/item.js';
import { targetBounds, effectivePolarity, type TargetBounds } from './bounds.js';
import type { EvalContext, Formatter } from './context.js';
import { autoZh, formatEn, formatZh, reportedPercent, type UnitDisplay } from './format.js';
import { targetPhrase } from './phrases.js';

/**
 * A target restated for evaluation: what is compared (level, change or rank),
 * the acceptable interval in base units, and how to write it. A 翻一番 target
 * becomes a level goal here (see `evaluateTarget`).
 */
export interface Goal {
  readonly measure: Measure;
  readonly comparator: Comparator;
  readonly value: number;
  readonly valueMax: number | null;
  readonly year: number;
  /** Figures in % or 个百分点: `~` tolerance in points, trajectories linear. */
  readonly isPercent: boolean;
  readonly bounds: TargetBounds;
  readonly phrase: { readonly zh: string; readonly en: string };
  readonly fmt: Formatter;
  /** A base stated by the target itself (`比2025年翻一番`), in base units. */
  readonly baseline: { readonly value: number | null; readonly year: number } | null;
  /** Base unit of the compared figures (元, %, 位 …). */
  readonly baseUnit: string | null;
}

/** True for base units in percent or percentage points. */
export function isPercentUnit(baseUnit: string | null): boolean {
  return baseUnit === '%' || baseUnit === '个百分点';
}

/** A formatter for figures in a unit display (the item's unit when it has one). */
export function formatterFor(display: UnitDisplay): Formatter {
  if (isPercentUnit(display.baseUnit) && display.unit !== '个百分点') {
    return { zh: reportedPercent, en: reportedPercent };
  }
  return {
    zh: (x) => formatZh(x, display),
    en: (x) => formatEn(x, display.baseUnit),
  };
}

/** A formatter that picks its own 万/亿 scale (for figures the document did not write). */
export function autoFormatter(baseUnit: string | null): Formatter {
  if (isPercentUnit(baseUnit)) return { zh: reportedPercent, en: reportedPercent };
  return { zh: (x) => autoZh(x, baseUnit), en: (x) => formatEn(x, baseUnit) };
}

export interface GoalTerms {
  readonly measure: Measure;
  readonly comparator: Comparator;
  readonly value: number;
  readonly valueMax: number | null;
  readonly year: number;
  readonly baseUnit: string | null;
  readonly fmt: Formatter;
  readonly baseline: Goal['baseline'];
  /** Decides `=`/`~`/range instead of the indicator's (for a converted 翻一番 goal). */
  readonly polarity?: Polarity;
}

/** Builds a goal: bounds from comparator, polarity and tolerance; the target in words. */
export function makeGoal(ctx: EvalContext, terms: GoalTerms): Goal {
  const isPercent = isPercentUnit(terms.baseUnit);
  const polarity =
    terms.polarity ?? effectivePolarity(terms.measure, terms.comparator, ctx.polarity);
  const bounds = targetBounds(
    { comparator: terms.comparator, value: terms.value, valueMax: terms.valueMax, isPercent },
    polarity,
    ctx.config,
  );
  return {
    measure: terms.measure,
    comparator: terms.comparator,
    value: terms.value,
    valueMax: terms.valueMax,
    year: terms.year,
    isPercent,
    bounds,
    phrase: targetPhrase(terms.measure, terms.comparator, terms.value, terms.valueMax, terms.fmt),
    fmt: terms.fmt,
    baseline: terms.baseline,
    baseUnit: terms.baseUnit,
  };
}

/** The target numbers every method reports. */
export function goalNumbers(goal: Goal): {
  target_value: number;
  target_value_max: number | null;
  target_year: number;
  tolerance: number | null;
} {
  return {
    target_value: goal.value,
    target_value_max: goal.valueMax,
    target_year: goal.year,
    tolerance: goal.bounds.tolerance,
  };
}
