import { parseChineseNumeral } from '../numbers/chinese-numerals.js';

/**
 * Year expressions: 2025年, 二〇三五年, 到2027年, 2021-2025年, 本世纪中叶,
 * “十四五”末 (five-year plan periods: 十四五 = 2021-2025).
 */
export interface YearMention {
  readonly year: number;
  /** Offsets in the searched string. */
  readonly start: number;
  readonly end: number;
  /** 到/至/力争到 before it: a deadline. */
  readonly deadline: boolean;
  /** First year when a span (`2021-2025年`, `十四五`) is written. */
  readonly from: number | null;
}

const CN_DIGITS = '〇零一二三四五六七八九';
const YEAR_RE = new RegExp(
  `(到|至|截至|力争到|力争|于|在)?(?:((?:19|20)\\d{2})\\s*[-—~至到]\\s*)?((?:19|20)\\d{2}|[${CN_DIGITS}]{4})年(?!代)`,
  'g',
);
const PLAN_RE = /(到)?[“"]?(十[一二三四五六七八九]五)[”"]?(末|期末|时期|期间|规划|末期)?/g;

/** The five-year plan period named by 十N五: 十四五 → [2021, 2025]. */
export function planPeriod(name: string): [number, number] | null {
  const n = parseChineseNumeral(name.slice(0, 2));
  if (n === null || n < 10 || n > 19) return null;
  // 十四五 ends in 2025; each plan is five years.
  const last = 2025 + (n - 14) * 5;
  return [last - 4, last];
}

export function findYears(text: string): YearMention[] {
  const found: YearMention[] = [];
  for (const m of text.matchAll(YEAR_RE)) {
    const raw = m[3] ?? '';
    const year = /^\d/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (year === null || year < 1900 || year > 2100) continue;
    const prefix = m[1] ?? '';
    found.push({
      year,
      start: m.index,
      end: m.index + m[0].length,
      deadline: prefix === '到' || prefix === '至' || prefix.startsWith('力争'),
      from: m[2] ? Number(m[2]) : null,
    });
  }
  // A rare phrase: a second pass over every sentence only where it is written.
  if (text.includes('本世纪中叶'))
    for (const m of text.matchAll(/本世纪中叶/g)) {
      found.push({
        year: 2050,
        start: m.index,
        end: m.index + m[0].length,
        deadline: true,
        from: null,
      });
    }
  return found.sort((a, b) => a.start - b.start);
}

/** Plan periods mentioned (十四五 → 2025 with from 2021). */
export function findPlanPeriods(text: string): YearMention[] {
  const found: YearMention[] = [];
  for (const m of text.matchAll(PLAN_RE)) {
    const period = planPeriod(m[2] ?? '');
    if (!period) continue;
    found.push({
      year: period[1],
      start: m.index,
      end: m.index + m[0].length,
      deadline: true,
      from: period[0],
    });
  }
  return found;
}
