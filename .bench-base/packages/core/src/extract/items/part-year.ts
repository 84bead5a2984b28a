import { parseChineseNumeral } from '../numbers/chinese-numerals.js';

/**
 * Part-year time phrases of statistical releases, communiqués and the news that
 * quotes them: 上半年 (H1), 前三季度 (Q1-Q3), 二季度 (Q2), 1-7月 / 前7个月 /
 * 截至7月底 (M1-M7), 9月份 (M9). A figure governed by one describes that part of
 * the year, not the whole year (spec: `period`).
 */
export interface PartYearMention {
  readonly start: number;
  readonly end: number;
  /** `H1`, `Q1-Q3`, `Q2`, `M1-M7`, `M9`. */
  readonly period: string;
  /** Written after 比/较/同 (`比8月份净增`): the base of a comparison, it governs nothing. */
  readonly baseline: boolean;
}

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const QUARTER = '[一二三四1-4]';

const PART_YEAR = new RegExp(
  [
    '(上半年|下半年|全年)',
    `前(${QUARTER})(?:个)?季度`,
    `(?:第)?(${QUARTER})季度`,
    `(${NUM})\\s*[-—–~至到]\\s*(${NUM})\\s*月(?!\\s*[\\d一二三四五六七八九十]+\\s*[日号])`,
    `前(${NUM})个月`,
    `截[至止]\\s*(${NUM})\\s*月(?:底|末|份)`,
    `(${NUM})月份?(?![\\d一二三四五六七八九十]*[日号]|以来|起|初|中旬|下旬|上旬)`,
  ].join('|'),
  'g',
);

/** 全年: the whole year again, ending a part-year phrase's reach. */
const WHOLE_YEAR = 'Y';

function toNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

function monthOk(n: number | null): n is number {
  return n !== null && n >= 1 && n <= 12;
}

function periodOf(m: RegExpExecArray): string | null {
  const [, half, firstQuarters, quarter, from, to, firstMonths, untilMonth, month] = m;
  if (half !== undefined) return half === '上半年' ? 'H1' : half === '下半年' ? 'H2' : WHOLE_YEAR;
  if (firstQuarters !== undefined) {
    const n = toNumber(firstQuarters);
    return n !== null && n >= 2 && n <= 4 ? (n === 4 ? null : `Q1-Q${n}`) : null;
  }
  if (quarter !== undefined) {
    const n = toNumber(quarter);
    return n !== null && n >= 1 && n <= 4 ? `Q${n}` : null;
  }
  if (from !== undefined && to !== undefined) {
    const a = toNumber(from);
    const b = toNumber(to);
    return monthOk(a) && monthOk(b) && a < b ? `M${a}-M${b}` : null;
  }
  const until = firstMonths ?? untilMonth;
  if (until !== undefined) {
    const n = toNumber(until);
    return monthOk(n) && n < 12 ? `M1-M${n}` : null;
  }
  if (month !== undefined) {
    const n = toNumber(month);
    return monthOk(n) ? `M${n}` : null;
  }
  return null;
}

/** The part-year phrases of one sentence, in order. Linear: one global regex pass. */
export function findPartYears(sentence: string): PartYearMention[] {
  if (!/[年季月]/.test(sentence)) return [];
  const found: PartYearMention[] = [];
  for (const m of sentence.matchAll(PART_YEAR)) {
    const period = periodOf(m);
    if (period === null) continue;
    const start = m.index;
    // 7月15日 is a date, 第2个月 a count; a month that is part of a longer number is no month.
    if (/[\d.]$/.test(sentence.slice(Math.max(0, start - 1), start))) continue;
    const before = sentence.slice(Math.max(0, start - 1), start);
    found.push({
      start,
      end: start + m[0].length,
      period,
      baseline: /[比较同]/.test(before),
    });
  }
  return found;
}

/**
 * The part-year period governing a number at `at`: the last part-year phrase
 * before it in the sentence that is not a comparison base.
 */
export function partYearBefore(marks: readonly PartYearMention[], at: number): string | null {
  let chosen: string | null = null;
  for (const mark of marks) {
    if (mark.start >= at) break;
    if (!mark.baseline) chosen = mark.period;
  }
  return chosen === WHOLE_YEAR ? null : chosen;
}

/**
 * A release or its news whose title names a part of the year (`前三季度GDP…`,
 * `上半年…`) speaks of that part in its unqualified figures.
 */
export function titlePartYear(title: string | null | undefined): string | null {
  if (!title) return null;
  const marks = findPartYears(title).filter(
    (m) => !/^M\d+$/.test(m.period) && m.period !== WHOLE_YEAR,
  );
  return marks[0]?.period ?? null;
}
