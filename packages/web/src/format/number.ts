/**
 * Numbers for readers of each UI language.
 *
 * Chinese, the way plan documents write them: 2693.3亿元, 1.2万人, 7.9%, 第2位, no digit
 * grouping (documents write 7307亿元, not 7,307亿元), large values scaled to 万 / 亿 / 万亿.
 *
 * English, one documented style (the one core's explanations and the poster use): digit
 * grouping, million / billion / trillion, the unit in words after the number — 269.33 billion
 * yuan, 12,000 people, 0.5 percentage points, 7.9%, ranks as ordinals (2nd).
 *
 * Values arrive in base units (元, 人, 个 …) from the status engine.
 */
import type { Lang } from '../i18n/lang.js';
import { bareMagnitude, ordinalEn, unitEn } from './units-en.js';

const plainZh = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });
const plainEn = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A number with at most two decimals: 2693.3 (zh, no grouping), 2,693.3 (en). */
export function formatNumber(value: number, lang: Lang = 'zh'): string {
  return (lang === 'zh' ? plainZh : plainEn).format(value);
}

/** Units that are never scaled: rates, ranks, ages, durations. */
const UNSCALED_UNITS = new Set([
  '%',
  '‰',
  '个百分点',
  '百分点',
  '个千分点',
  '位',
  '名',
  '岁',
  '年',
  '天',
  '小时',
  '分钟',
]);

/** Units that are ranks: shown as 第2位 / 2nd. */
const RANK_UNITS = new Set(['位']);

const MAGNITUDES_ZH = [
  { factor: 1e12, word: '万亿' },
  { factor: 1e8, word: '亿' },
  { factor: 1e4, word: '万' },
] as const;

const MAGNITUDES_EN = [
  { factor: 1e12, word: 'trillion', short: 'tn' },
  { factor: 1e9, word: 'billion', short: 'bn' },
  { factor: 1e6, word: 'million', short: 'm' },
] as const;

/** The scaled mantissa and magnitude word for a base-unit value (269330000000 → 2693.3, 亿). */
export function scaleChinese(value: number): { readonly mantissa: number; readonly word: string } {
  const size = Math.abs(value);
  for (const { factor, word } of MAGNITUDES_ZH) {
    if (size >= factor) return { mantissa: value / factor, word };
  }
  return { mantissa: value, word: '' };
}

/** The same in English: 269330000000 → 269.33, billion (short: bn). */
export function scaleEnglish(value: number): {
  readonly mantissa: number;
  readonly word: string;
  readonly short: string;
} {
  const size = Math.abs(value);
  for (const { factor, word, short } of MAGNITUDES_EN) {
    if (size >= factor) return { mantissa: value / factor, word, short };
  }
  return { mantissa: value, word: '', short: '' };
}

/** A rank: 第2位 (zh), 2nd (en). */
export function formatRank(value: number, lang: Lang = 'zh'): string {
  return lang === 'zh' ? `第${formatNumber(value, lang)}位` : ordinalEn(value);
}

/** Joins an English number and unit: `7.9%`, `269.33 billion yuan`, `200`. */
function joinEn(number: string, unit: string): string {
  if (unit === '') return number;
  if (unit === '%' || unit === '‰') return `${number}${unit}`;
  return `${number} ${unit}`;
}

/**
 * A base-unit quantity for display: (269330000000, 元) → 2693.3亿元 / 269.33 billion yuan,
 * (7.9, %) → 7.9%, (2, 位) → 第2位 / 2nd, (12000, 人) → 1.2万人 / 12,000 people.
 * Null values read as “—”.
 */
export function formatQuantity(
  value: number | null | undefined,
  unit: string | null | undefined,
  lang: Lang = 'zh',
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const u = unit ?? '';
  if (RANK_UNITS.has(u)) return formatRank(value, lang);
  if (lang === 'en') {
    const magnitude = bareMagnitude(u);
    if (magnitude !== null) return formatQuantity(value * magnitude, '', lang);
    if (UNSCALED_UNITS.has(u)) return joinEn(formatNumber(value, lang), unitEn(u));
    const { mantissa, word } = scaleEnglish(value);
    const number =
      word === '' ? formatNumber(mantissa, lang) : `${formatNumber(mantissa, lang)} ${word}`;
    return joinEn(number, unitEn(u));
  }
  if (UNSCALED_UNITS.has(u)) return `${formatNumber(value)}${u}`;
  const { mantissa, word } = scaleChinese(value);
  return `${formatNumber(mantissa)}${word}${u}`;
}

/** A share (0.917) as a percentage (91.7%). */
export function formatShare(share: number | null | undefined, lang: Lang = 'zh'): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${formatNumber(share * 100, lang)}%`;
}

/**
 * A chart axis tick: short and scaled, unit left to the axis name (`axisUnitName`):
 * 2693.3亿 (zh), 269.33 bn (en).
 */
export function formatAxisValue(value: number, unit: string | null, lang: Lang = 'zh'): string {
  if (unit !== null && UNSCALED_UNITS.has(unit)) return formatNumber(value, lang);
  if (lang === 'en') {
    const magnitude = bareMagnitude(unit);
    if (magnitude !== null) return formatAxisValue(value * magnitude, '', lang);
    const { mantissa, short } = scaleEnglish(value);
    return short === '' ? formatNumber(mantissa, lang) : `${formatNumber(mantissa, lang)} ${short}`;
  }
  const { mantissa, word } = scaleChinese(value);
  return `${formatNumber(mantissa)}${word}`;
}

/** The unit named on a chart axis: 元 (zh), yuan (en). */
export function axisUnitName(unit: string | null, lang: Lang = 'zh'): string {
  if (unit === null) return '';
  return lang === 'zh' ? unit : unitEn(unit);
}
