/**
 * Numbers as readers expect them: Chinese without thousands separators and
 * with 万/亿 scales (2693.3亿元, 7.9%), English with million/billion
 * (269.33 billion yuan). Only for explanation text: `StatusNumbers` keep the
 * unrounded base-unit values.
 */

/** How an item wrote its unit: `亿元` with factor 1e8 to the base unit `元`. */
export interface UnitDisplay {
  readonly unit: string | null;
  readonly baseUnit: string | null;
  /** base value = shown value × factor. */
  readonly factor: number;
}

/** `x` rounded to at most `decimals` places, trailing zeros dropped, never `-0`. */
export function trimNumber(x: number, decimals = 2): string {
  const rounded = Number(x.toFixed(decimals));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A rank as an English ordinal: 1 → 1st, 2 → 2nd, 13 → 13th, 22 → 22nd. */
export function ordinalEn(n: number): string {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as const;
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(n);
  return `${trimNumber(n, 0)}${rule in suffix ? suffix[rule as keyof typeof suffix] : 'th'}`;
}

/** A rate in percent, one decimal: 7.13 → `7.1%`. */
export function percent(x: number, decimals = 1): string {
  return `${trimNumber(x, decimals)}%`;
}

/**
 * A figure in percent as readers expect it: a figure with at most two
 * decimals is shown as reported (2.65%, 15%); a derived one (a compounded
 * average, 15.2793…) to one decimal (15.3%).
 */
export function reportedPercent(x: number): string {
  const asReported = Math.abs(x - Number(x.toFixed(2))) < 1e-9;
  return percent(x, asReported ? 2 : 1);
}

/** A fraction as a whole percent: 0.954 → `95%`. */
export function ratioPercent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

const SCALED_ZH_UNITS = new Set(['元', '美元', '人', '人次', '吨', '件', '户', '平方米', '亩']);

/** A base-unit value with a 万/亿/万亿 scale chosen for it (for derived figures). */
export function autoZh(base: number, baseUnit: string | null): string {
  const unit = baseUnit ?? '';
  if (!SCALED_ZH_UNITS.has(unit)) return `${trimNumber(base)}${unit}`;
  const abs = Math.abs(base);
  if (abs >= 1e12) return `${trimNumber(base / 1e12)}万亿${unit}`;
  if (abs >= 1e8) return `${trimNumber(base / 1e8)}亿${unit}`;
  if (abs >= 1e4) return `${trimNumber(base / 1e4)}万${unit}`;
  return `${trimNumber(base)}${unit}`;
}

/**
 * A base-unit value in Chinese, in the unit the document used when it is
 * known (2693.3亿元), else with an automatic scale.
 */
export function formatZh(base: number, display: UnitDisplay): string {
  if (display.unit !== null && display.factor > 0) {
    return `${trimNumber(base / display.factor)}${display.unit}`;
  }
  return autoZh(base, display.baseUnit);
}

const EN_UNITS: Readonly<Record<string, string>> = {
  元: 'yuan',
  美元: 'US dollars',
  人: 'people',
  人次: 'person-times',
  吨: 'tonnes',
  平方米: 'square metres',
  亩: 'mu',
  米: 'metres',
  分钟: 'minutes',
  件: 'items',
  个: 'units',
  家: 'firms',
  户: 'entities',
  岁: 'years',
  个百分点: 'percentage points',
};

/** A base-unit value in English: 269330000000 元 → `269.33 billion yuan`. */
export function formatEn(base: number, baseUnit: string | null): string {
  if (baseUnit === '%') return `${trimNumber(base)}%`;
  const unit = baseUnit === null ? '' : ` ${EN_UNITS[baseUnit] ?? baseUnit}`;
  const abs = Math.abs(base);
  if (abs >= 1e12) return `${trimNumber(base / 1e12)} trillion${unit}`;
  if (abs >= 1e9) return `${trimNumber(base / 1e9)} billion${unit}`;
  if (abs >= 1e6) return `${trimNumber(base / 1e6)} million${unit}`;
  return `${trimNumber(base)}${unit}`;
}

/** The display of an item's unit, from its value and base value. */
export function unitDisplayOf(item: {
  readonly unit: string | null;
  readonly value: number | null;
  readonly base_value: number | null;
  readonly base_unit: string | null;
}): UnitDisplay {
  const factor =
    item.value !== null && item.base_value !== null && item.value !== 0
      ? item.base_value / item.value
      : 1;
  return { unit: item.unit, baseUnit: item.base_unit, factor };
}
