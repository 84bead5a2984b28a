/**
 * Part-year and multi-year periods as readers write them: `H1` → 上半年 / H1 (first half),
 * `Q1-Q3` → 前三季度 / Q1–Q3, `M1-M10` → 1—10月 / Jan–Oct, `2021-2025` → 2021—2025年 /
 * 2021–2025. Unknown shapes are shown as they are rather than hidden.
 */
import type { Lang } from '../i18n/lang.js';
import { MONTHS_EN } from './date.js';

const QUARTER_ZH = ['一', '二', '三', '四'] as const;

function monthEn(m: string | undefined): string {
  return MONTHS_EN[Number(m) - 1] ?? `M${m ?? ''}`;
}

export function formatPeriod(period: string | null | undefined, lang: Lang): string {
  if (!period) return '';
  const zh = lang === 'zh';
  if (period === 'H1') return zh ? '上半年' : 'H1';
  if (period === 'H2') return zh ? '下半年' : 'H2';
  let m = /^Q([1-4])$/.exec(period);
  if (m) return zh ? `${QUARTER_ZH[Number(m[1]) - 1] ?? m[1]}季度` : `Q${m[1]}`;
  m = /^Q1-Q([1-4])$/.exec(period);
  if (m) return zh ? `前${QUARTER_ZH[Number(m[1]) - 1] ?? m[1]}季度` : `Q1–Q${m[1]}`;
  m = /^M(\d{1,2})-M(\d{1,2})$/.exec(period);
  if (m) return zh ? `${m[1]}—${m[2]}月` : `${monthEn(m[1])}–${monthEn(m[2])}`;
  m = /^M(\d{1,2})$/.exec(period);
  if (m) return zh ? `${m[1]}月` : monthEn(m[1]);
  m = /^(\d{4})-(\d{4})$/.exec(period);
  if (m) return zh ? `${m[1]}—${m[2]}年` : `${m[1]}–${m[2]}`;
  return period;
}

/**
 * A year with its period: 2025年上半年 / H1 2025, 2025年1—10月 / Jan–Oct 2025; a multi-year
 * period replaces the year (2021—2025年 / 2021–2025).
 */
export function formatYearPeriod(
  year: number,
  period: string | null | undefined,
  lang: Lang,
): string {
  if (period && /^\d{4}-\d{4}$/.test(period)) return formatPeriod(period, lang);
  const part = formatPeriod(period, lang);
  if (lang === 'zh') return `${year}年${part}`;
  return part ? `${part} ${year}` : String(year);
}
