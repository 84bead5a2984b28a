/**
 * Figures written the way Chinese readers expect (2693.3亿元, 7.9%, 第1位: no thousands
 * separators, the document's own 万/亿 unit) and the English equivalents (269.33 billion yuan,
 * 1st). Split into prefix / value / unit / suffix so the value can be set big.
 */
import { formatEn, ordinalEn } from '@lantu/core';
import type { PosterFigure, PosterItem } from './types.js';

/** `x` with at most `decimals` places, trailing zeros dropped, never `-0`, no separators. */
export function plainNumber(x: number, decimals = 2): string {
  const rounded = Number(x.toFixed(decimals));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

// Base units a bare value is scaled for (12000人 reads as 1.2万人); others stay as they are.
const SCALED_UNITS = new Set(['元', '美元', '人', '人次', '吨', '件', '户', '平方米', '亩', '家']);

/** A value in base units with a 万/亿/万亿 scale (for figures the document did not write). */
export function scaledZh(base: number, baseUnit: string | null): { value: string; unit: string } {
  const unit = baseUnit ?? '';
  const abs = Math.abs(base);
  if (SCALED_UNITS.has(unit)) {
    if (abs >= 1e12) return { value: plainNumber(base / 1e12), unit: `万亿${unit}` };
    if (abs >= 1e8) return { value: plainNumber(base / 1e8), unit: `亿${unit}` };
    if (abs >= 1e4) return { value: plainNumber(base / 1e4), unit: `万${unit}` };
  }
  return { value: plainNumber(base), unit };
}

const EMPTY: PosterFigure = { prefix: '', value: '', unit: '', suffix: '' };

/** Comparator words as 一图读懂 writes them: 7%以上, 超3800亿元, 5%左右. */
function zhComparator(
  comparator: PosterItem['comparator'],
): Pick<PosterFigure, 'prefix' | 'suffix'> {
  switch (comparator) {
    case '>=':
      return { prefix: '', suffix: '以上' };
    case '>':
      return { prefix: '超', suffix: '' };
    case '<=':
      return { prefix: '', suffix: '以内' };
    case '<':
      return { prefix: '低于', suffix: '' };
    case '~':
      return { prefix: '', suffix: '左右' };
    case '=':
    case 'range':
    case null:
      return { prefix: '', suffix: '' };
  }
}

function enComparator(comparator: PosterItem['comparator']): string {
  switch (comparator) {
    case '>=':
      return '≥ ';
    case '>':
      return '> ';
    case '<=':
      return '≤ ';
    case '<':
      return '< ';
    case '~':
      return '≈ ';
    case '=':
    case 'range':
    case null:
      return '';
  }
}

/** The item's value in Chinese: its own unit when it wrote one, else an automatic scale. */
function zhValue(item: PosterItem): { value: string; unit: string } | null {
  if (item.value === null) return null;
  const max = item.comparator === 'range' && item.value_max !== null ? item.value_max : null;
  if (item.unit !== null) {
    const value = plainNumber(item.value);
    return { value: max === null ? value : `${value}–${plainNumber(max)}`, unit: item.unit };
  }
  if (item.base_value === null) return { value: plainNumber(item.value), unit: '' };
  return scaledZh(item.base_value, item.base_unit);
}

/**
 * An item's figure in Chinese: `第1位` for ranks, `7%以上` for targets, `超60万人次`
 * for thresholds passed; null when the item has no value.
 */
export function zhFigure(item: PosterItem): PosterFigure | null {
  if (item.measure === 'rank' && item.value !== null) {
    return { ...EMPTY, prefix: '第', value: plainNumber(item.value), unit: item.unit ?? '位' };
  }
  const figure = zhValue(item);
  if (figure === null) return null;
  return { ...zhComparator(item.comparator), ...figure };
}

/** Splits core's English figure (`269.33 billion yuan`) after its number. */
function splitEn(text: string): { value: string; unit: string } {
  const match = /^(-?[\d.]+)(.*)$/u.exec(text);
  return match === null
    ? { value: text, unit: '' }
    : { value: match[1] ?? '', unit: match[2] ?? '' };
}

/** An item's figure in English: `1st` (a rank, as the web app writes it), `≥ 7%`, `> 380 billion yuan`; null without a value. */
export function enFigure(item: PosterItem): PosterFigure | null {
  if (item.value === null) return null;
  if (item.measure === 'rank') {
    const ordinal = ordinalEn(item.value);
    const number = plainNumber(item.value);
    return { ...EMPTY, value: number, unit: ordinal.slice(number.length) };
  }
  const prefix = enComparator(item.comparator);
  const percent = item.base_unit === '%' || item.unit === '%';
  if (percent || item.base_value === null) {
    const zh = zhValue(item);
    return { ...EMPTY, prefix, value: zh?.value ?? plainNumber(item.value), unit: zh?.unit ?? '' };
  }
  const split = splitEn(formatEn(item.base_value, item.base_unit));
  if (item.comparator === 'range' && item.value_max !== null && item.value !== 0) {
    // A range keeps the document's scale: both ends converted with the same factor.
    const factor = item.base_value / item.value;
    const max = splitEn(formatEn(item.value_max * factor, item.base_unit));
    if (max.unit === split.unit)
      return { ...EMPTY, value: `${split.value}–${max.value}`, unit: max.unit };
    // Ends in different scales (900 million – 1.1 billion) are written out in full.
    return { ...EMPTY, value: split.value, unit: `${split.unit} – ${max.value}${max.unit}` };
  }
  return { ...EMPTY, prefix, value: split.value, unit: split.unit };
}

/** A figure as one string (for notes and alt text). */
export function figureText(figure: PosterFigure): string {
  return `${figure.prefix}${figure.value}${figure.unit}${figure.suffix}`;
}
