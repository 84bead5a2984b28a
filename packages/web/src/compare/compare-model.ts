import type { Comparison } from '../api/types.js';

/** A base-unit value in the unit readers expect for the comparison (亿元 for 元, % as is). */
export function scaleFor(baseUnit: string | null): {
  readonly factor: number;
  readonly unit: string;
} {
  if (baseUnit === '元') return { factor: 1e8, unit: '亿元' };
  if (baseUnit === '人') return { factor: 1e4, unit: '万人' };
  return { factor: 1, unit: baseUnit ?? '' };
}

export interface CompareBars {
  readonly places: readonly string[];
  readonly targets: readonly (number | null)[];
  readonly actuals: readonly (number | null)[];
  readonly unit: string;
}

/** The bars for one year: each place's target and outcome, in the display unit. */
export function compareBars(comparison: Comparison, year: number, lang: 'zh' | 'en'): CompareBars {
  const { factor, unit } = scaleFor(comparison.base_unit);
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
