/** Dates as Chinese documents write them (2026年1月20日), or plainly in English. */
import type { Lang } from '../i18n/lang.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** English month abbreviations, January first (also used by period.ts). */
export const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** `2026-01-20` → 2026年1月20日 (zh) or 20 Jan 2026 (en); anything else is shown as is. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  if (lang === 'zh') return `${y}年${month}月${day}日`;
  return `${day} ${MONTHS_EN[month - 1] ?? m} ${y}`;
}

/** A year as plan documents write it: 2025年 (zh), 2025 (en). */
export function formatYear(year: number | null | undefined, lang: Lang): string {
  if (year === null || year === undefined) return '—';
  return lang === 'zh' ? `${year}年` : String(year);
}
