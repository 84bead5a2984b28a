/**
 * When a figure is from, as readers write it: 2025年, 2026年上半年, 2026年1-10月. Periods
 * are the model's part-year codes (`H1`, `Q1-Q3`, `M1-M10`, see core's Observation).
 */
const QUARTERS = ['一', '二', '三', '四'];

function partYearZh(period: string): string {
  if (period === 'H1' || period === 'Q1-Q2') return '上半年';
  if (period === 'H2') return '下半年';
  if (period === 'Q1-Q3') return '前三季度';
  const quarter = /^Q([1-4])$/u.exec(period);
  if (quarter !== null) return `${QUARTERS[Number(quarter[1]) - 1] ?? ''}季度`;
  const months = /^M(\d{1,2})(?:-M(\d{1,2}))?$/u.exec(period);
  if (months !== null)
    return months[2] === undefined ? `${months[1]}月` : `${months[1]}-${months[2]}月`;
  return period;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function partYearEn(period: string): string {
  const months = /^M(\d{1,2})(?:-M(\d{1,2}))?$/u.exec(period);
  if (months === null) return period.replace('-', '–');
  const from = MONTHS[Number(months[1]) - 1] ?? months[1] ?? '';
  if (months[2] === undefined) return from;
  return `${from}–${MONTHS[Number(months[2]) - 1] ?? months[2]}`;
}

/** `2026年上半年` / `2026 H1`, `Jan–Oct 2026`; a multi-year period (`2021-2025`) stands alone. */
export function whenText(year: number, period: string | null): { zh: string; en: string } {
  if (period === null) return { zh: `${year}年`, en: String(year) };
  if (/^\d{4}-\d{4}$/u.test(period)) return { zh: `${period}年`, en: period };
  const en = partYearEn(period);
  return {
    zh: `${year}年${partYearZh(period)}`,
    en: /^[A-Z][a-z]/u.test(en) ? `${en} ${year}` : `${year} ${en}`,
  };
}
