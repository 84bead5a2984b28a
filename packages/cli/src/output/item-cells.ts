import type { Item } from '@lantu/core';

/**
 * Short plain-text forms of an item's fields for the human table. The JSON
 * output keeps every field; these only have to be unambiguous at a glance.
 */

// Words, not signs: `>= -3%` would misread a 3% cut as a floor on a negative number.
const MEASURE_PREFIX: Readonly<Record<NonNullable<Item['measure']>, string>> = {
  level: '',
  increase: 'up ',
  decrease: 'down ',
  rank: 'rank ',
};

/** `>=2000亿元`, `up 4.5–5%`, `down >=18%/yr`, `—` when the item has no number. */
export function formatItemValue(item: Item): string {
  if (item.value === null) return '—';
  const unit = item.unit ?? '';
  const number =
    item.comparator === 'range' && item.value_max !== null
      ? `${item.value}–${item.value_max}`
      : `${item.comparator === null || item.comparator === '=' || item.comparator === 'range' ? '' : item.comparator}${item.value}`;
  const measure = item.measure === null ? '' : MEASURE_PREFIX[item.measure];
  return `${measure}${number}${unit}${item.recurring ? '/yr' : ''}`;
}

/** `2025`, `2025 H1`, or the span itself (`2021-2025`) when the period already names the years. */
export function formatItemYear(item: Item): string {
  if (item.period !== null && /^\d{4}-\d{4}$/u.test(item.period)) return item.period;
  const year = item.year === null ? '—' : String(item.year);
  return item.period === null ? year : `${year} ${item.period}`;
}
