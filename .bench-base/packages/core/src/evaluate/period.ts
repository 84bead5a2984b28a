/**
 * Part-year periods as observations write them (`H1`, `Q1-Q3`, `M1-M10`):
 * cumulative from January, which is what 序时进度 compares with.
 */

/**
 * Months elapsed in a cumulative part-year period, or null when the period
 * is a whole year, not cumulative from January (`H2`, `Q3`), or unknown.
 */
export function partYearMonths(period: string | null): number | null {
  if (period === null) return null;
  const p = period.trim().toUpperCase();
  if (p === 'H1') return 6;
  const quarters = /^Q1(?:-Q([1-4]))?$/.exec(p);
  if (quarters !== null) return 3 * Number(quarters[1] ?? '1');
  const months = /^M1(?:-M(\d{1,2}))?$/.exec(p);
  if (months !== null) {
    const last = Number(months[1] ?? '1');
    return last >= 1 && last <= 12 ? last : null;
  }
  return null;
}

/** `2021-2025` → [2021, 2025]; null for anything else. */
export function yearSpan(period: string | null): readonly [number, number] | null {
  const match = period === null ? null : /^(\d{4})-(\d{4})$/.exec(period.trim());
  if (match === null) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from <= to ? [from, to] : null;
}

/** How a cumulative part-year period reads: 上半年 / first half, 1—10月 / January–October. */
export function periodWords(months: number): { readonly zh: string; readonly en: string } {
  const MONTHS_EN = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  if (months === 6) return { zh: '上半年', en: 'in the first half' };
  if (months === 3) return { zh: '一季度', en: 'in the first quarter' };
  if (months === 9) return { zh: '前三季度', en: 'in the first three quarters' };
  if (months === 1) return { zh: '1月', en: 'in January' };
  return { zh: `1—${months}月`, en: `in January–${MONTHS_EN[months - 1] ?? String(months)}` };
}
