/**
 * A target in a few characters, from the values as the document wrote them
 * (value and unit, not base units): ≥200个, 6%–6.5%, 增长约7%, 第2位.
 */
import type { Comparator } from '../api/types.js';
import { formatNumber, formatQuantity } from './number.js';

const SYMBOL: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '~': '约',
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

export function formatWrittenTarget(target: WrittenTarget): string {
  if (target.value === null) return '—';
  const unit = target.unit ?? '';
  if (unit === '位') return `${SYMBOL[target.comparator ?? '=']}第${formatNumber(target.value)}位`;
  if (target.comparator === 'range' && target.value_max !== null) {
    return `${formatNumber(target.value)}${unit}–${formatNumber(target.value_max)}${unit}`;
  }
  const symbol = target.comparator === null ? '' : SYMBOL[target.comparator];
  // A change target reads as the document says it: 增长≥15%, 下降≤3%.
  const verb = target.measure === 'decrease' ? '下降' : target.measure === 'increase' ? '增长' : '';
  return `${verb}${symbol}${formatNumber(target.value)}${unit}`;
}

/** A target held in base units, scaled the Chinese way: ≥2000亿元, 6%–6.5%, 约7%. */
export function formatBaseTarget(target: Omit<WrittenTarget, 'measure'>): string {
  if (target.value === null) return '—';
  const low = formatQuantity(target.value, target.unit);
  if (target.comparator === 'range' && target.value_max !== null) {
    return `${low}–${formatQuantity(target.value_max, target.unit)}`;
  }
  return `${target.comparator === null ? '' : SYMBOL[target.comparator]}${low}`;
}
