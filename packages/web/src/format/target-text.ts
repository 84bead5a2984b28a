/**
 * A target in a few characters, from the values as the document wrote them
 * (value and unit, not base units): ≥200个, 6%–6.5%, 增长约7%, 第2位 in Chinese;
 * ≥ 200, 6%–6.5%, growth ≈ 7%, 2nd in English (units in words, see number.ts).
 */
import type { Comparator } from '../api/types.js';
import type { Lang } from '../i18n/lang.js';
import { toBaseUnit } from './base-unit.js';
import { formatNumber, formatQuantity, formatRank } from './number.js';

const SYMBOL_ZH: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '~': '约',
  '=': '',
  range: '',
};

const SYMBOL_EN: Readonly<Record<Comparator, string>> = {
  '>=': '≥ ',
  '>': '> ',
  '<=': '≤ ',
  '<': '< ',
  '~': '≈ ',
  '=': '',
  range: '',
};

export interface WrittenTarget {
  readonly comparator: Comparator | null;
  readonly value: number | null;
  readonly value_max: number | null;
  readonly unit: string | null;
  readonly measure?: string | null;
}

function symbolOf(comparator: Comparator | null, lang: Lang): string {
  if (comparator === null) return '';
  return (lang === 'zh' ? SYMBOL_ZH : SYMBOL_EN)[comparator];
}

/** A value in the document's unit (2693.3, 亿元) in English words (269.33 billion yuan). */
function writtenEn(value: number, unit: string | null): string {
  const base = toBaseUnit(value, unit);
  return formatQuantity(base.value, base.unit, 'en');
}

export function formatWrittenTarget(target: WrittenTarget, lang: Lang = 'zh'): string {
  if (target.value === null) return '—';
  const unit = target.unit ?? '';
  if (unit === '位') return `${symbolOf(target.comparator, lang)}${formatRank(target.value, lang)}`;
  if (lang === 'en') {
    const verb =
      target.measure === 'decrease' ? 'decline ' : target.measure === 'increase' ? 'growth ' : '';
    if (target.comparator === 'range' && target.value_max !== null) {
      return `${verb}${writtenEn(target.value, target.unit)}–${writtenEn(target.value_max, target.unit)}`;
    }
    return `${verb}${symbolOf(target.comparator, lang)}${writtenEn(target.value, target.unit)}`;
  }
  if (target.comparator === 'range' && target.value_max !== null) {
    return `${formatNumber(target.value)}${unit}–${formatNumber(target.value_max)}${unit}`;
  }
  // A change target reads as the document says it: 增长≥15%, 下降≤3%.
  const verb = target.measure === 'decrease' ? '下降' : target.measure === 'increase' ? '增长' : '';
  return `${verb}${symbolOf(target.comparator, lang)}${formatNumber(target.value)}${unit}`;
}

/**
 * A target held in base units, scaled for the reader: ≥2000亿元, 6%–6.5%, 约7% (zh);
 * ≥ 200 billion yuan, 6%–6.5%, ≈ 7% (en).
 */
export function formatBaseTarget(
  target: Omit<WrittenTarget, 'measure'>,
  lang: Lang = 'zh',
): string {
  if (target.value === null) return '—';
  const low = formatQuantity(target.value, target.unit, lang);
  if (target.comparator === 'range' && target.value_max !== null) {
    return `${low}–${formatQuantity(target.value_max, target.unit, lang)}`;
  }
  return `${symbolOf(target.comparator, lang)}${low}`;
}
