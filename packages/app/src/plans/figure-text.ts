import type { Comparator, Observation, StoredItemLike } from './figure-text-types.js';

/**
 * Numbers in the unit the document wrote them in, as a report table shows them: the unit
 * sits in its own column, so a value is `2693.3`, a rank `第2位`, a threshold `≥2000`.
 */
export const COMPARATOR_SIGNS: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '~': '约',
  '=': '',
  range: '',
};

/** The sign of a comparator as a reader writes it before a figure (`≥`, `约`; `=` none). */
export function comparatorSign(comparator: string | null): string {
  return comparator !== null && Object.hasOwn(COMPARATOR_SIGNS, comparator)
    ? COMPARATOR_SIGNS[comparator as Comparator]
    : '';
}

function trim(x: number): string {
  const rounded = Number(x.toFixed(2));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** How many base units one written unit is (亿元 → 1e8), from the item's own two values. */
export function unitFactor(item: StoredItemLike): number {
  if (item.value === null || item.base_value === null || item.value === 0) return 1;
  const factor = item.base_value / item.value;
  return Number.isFinite(factor) && factor > 0 ? factor : 1;
}

function shown(value: number, item: StoredItemLike): string {
  const text = trim(value);
  return item.measure === 'rank' ? `第${text}位` : text;
}

function yearSuffix(year: number | null, period: string | null = null): string {
  if (year === null) return '';
  const part = period === 'H1' ? '上半年' : period === null ? '' : period;
  return `（${year}年${part}）`;
}

/** 目标值: `≥2000（2025年）`, `6.5—7（2025年）`, `第1位（2025年）`. */
export function targetText(item: StoredItemLike): string {
  if (item.value === null) return '';
  const sign = comparatorSign(item.comparator);
  const upper = item.value_max === null ? '' : `—${shown(item.value_max, item)}`;
  return `${sign}${shown(item.value, item)}${upper}${yearSuffix(item.year)}`;
}

/** 基期值 from the item's baseline as written, or from the status numbers (base units). */
export function baselineText(
  item: StoredItemLike,
  numbers: { readonly baseline_value: number | null; readonly baseline_year: number | null },
): string {
  if (item.baseline !== null && item.baseline.value !== null) {
    return `${shown(item.baseline.value, item)}${yearSuffix(item.baseline.year)}`;
  }
  if (numbers.baseline_value === null) return '';
  return `${shown(numbers.baseline_value / unitFactor(item), item)}${yearSuffix(numbers.baseline_year)}`;
}

/** 实际值: the latest figure in the item's unit, `2693.3（2025年）`; `>3000` for a threshold passed. */
export function actualText(
  item: StoredItemLike,
  numbers: {
    readonly latest_value: number | null;
    readonly latest_year: number | null;
    readonly latest_period: string | null;
    readonly latest_is_bound: boolean;
  },
): string {
  if (numbers.latest_value === null) return '';
  const value = shown(numbers.latest_value / unitFactor(item), item);
  return `${numbers.latest_is_bound ? '>' : ''}${value}${yearSuffix(numbers.latest_year, numbers.latest_period)}`;
}

/** The observation a latest figure came from: the latest year, exact figures first. */
export function latestObservation(
  observations: readonly Observation[],
  year: number | null,
): Observation | null {
  const ofYear = observations.filter((o) => year === null || o.year === year);
  return ofYear.find((o) => o.comparator === '=') ?? ofYear[0] ?? null;
}
