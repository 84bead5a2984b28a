import type { Observation } from '@lantu/core';
import type { Cell } from './table.js';

/** A figure as a table cell gives it: a number, maybe after a threshold sign (`>1500`). */
export interface CellFigure {
  readonly value: number;
  readonly comparator: Observation['comparator'];
}

const SIGNS: readonly (readonly [RegExp, Observation['comparator']])[] = [
  [/^(?:>=|≥|不低于)/u, '>='],
  [/^(?:<=|≤|不高于)/u, '<='],
  [/^(?:>|超过|超|突破)/u, '>'],
  [/^</u, '<'],
  [/^(?:~|约)/u, '~'],
];

/**
 * Reads a value cell: a spreadsheet number as is; text with thousands separators,
 * full-width digits and an optional sign (`>`, `≥`, `约` …). Returns a message otherwise.
 */
export function parseValue(cell: Cell | undefined): CellFigure | string {
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { value: cell, comparator: '=' }
      : 'value is not a finite number';
  }
  let text = (cell ?? '').normalize('NFKC').replace(/[\s,]/gu, '');
  if (text === '') return 'no value';
  let comparator: Observation['comparator'] = '=';
  for (const [pattern, sign] of SIGNS) {
    if (pattern.test(text)) {
      comparator = sign;
      text = text.replace(pattern, '');
      break;
    }
  }
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/iu.test(text)) {
    return `value "${String(cell)}" is not a number`;
  }
  return { value: Number(text), comparator };
}

/** The measure a measure cell names, '' meaning "not said"; undefined when unknown. */
export function parseMeasure(text: string): Observation['measure'] | null | undefined {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (t === '') return null;
  if (['level', '水平', '总量', '绝对值', '数值', '规模'].includes(t)) return 'level';
  if (
    ['increase', 'growth', '增长', '增速', '增幅', '增长率', '同比增长', '比上年增长'].includes(t)
  ) {
    return 'increase';
  }
  if (['decrease', '下降', '减少', '降幅', '下降率'].includes(t)) return 'decrease';
  if (['rank', '排名', '位次', '名次', '排位'].includes(t)) return 'rank';
  return undefined;
}
