import type { Lang } from '../i18n/lang.js';
import { formatQuantity } from '../format/number.js';
import { unitEn } from '../format/units-en.js';
import type { Comparison } from '../api/types.js';

/**
 * A base-unit value in the unit readers expect for the comparison: 亿元 / billion yuan for 元,
 * 万人 / thousand people for 人, % as is.
 */
export function scaleFor(
  baseUnit: string | null,
  lang: Lang = 'zh',
): {
  readonly factor: number;
  readonly unit: string;
} {
  if (lang === 'en') {
    if (baseUnit === '元') return { factor: 1e9, unit: 'billion yuan' };
    if (baseUnit === '人') return { factor: 1e3, unit: 'thousand people' };
    return { factor: 1, unit: unitEn(baseUnit) };
  }
  if (baseUnit === '元') return { factor: 1e8, unit: '亿元' };
  if (baseUnit === '人') return { factor: 1e4, unit: '万人' };
  return { factor: 1, unit: baseUnit ?? '' };
}

/**
 * A comparison cell's figure for the reader: the server's Chinese text (≥2000亿元) in Chinese;
 * in English the value in words with the text's leading sign (≥ 200 billion yuan).
 */
export function cellText(
  cell: { readonly value: number; readonly text: string } | null,
  baseUnit: string | null,
  lang: Lang,
): string {
  if (cell === null) return '';
  if (lang === 'zh') return cell.text;
  const sign = /^(?:≥|不低于)/u.test(cell.text)
    ? '≥ '
    : /^(?:≤|不高于)/u.test(cell.text)
      ? '≤ '
      : /^(?:约|~)/u.test(cell.text)
        ? '≈ '
        : '';
  return `${sign}${formatQuantity(cell.value, baseUnit, 'en')}`;
}

export interface CompareBars {
  readonly places: readonly string[];
  readonly targets: readonly (number | null)[];
  readonly actuals: readonly (number | null)[];
  readonly unit: string;
}

/** The bars for one year: each place's target and outcome, in the display unit. */
export function compareBars(comparison: Comparison, year: number, lang: 'zh' | 'en'): CompareBars {
  const { factor, unit } = scaleFor(comparison.base_unit, lang);
  const rows = comparison.rows.filter((row) => row.cells.some((cell) => cell.year === year));
  const pick = (row: Comparison['rows'][number], which: 'target' | 'actual') => {
    const value = row.cells.find((cell) => cell.year === year)?.[which]?.value;
    return value === undefined ? null : Number((value / factor).toFixed(2));
  };
  return {
    places: rows.map((row) =>
      lang === 'zh' ? row.jurisdiction.name_zh : row.jurisdiction.name_en,
    ),
    targets: rows.map((row) => pick(row, 'target')),
    actuals: rows.map((row) => pick(row, 'actual')),
    unit,
  };
}
