import type { ItemKind } from '../../model/item.js';
import type { HeadingContext } from './heading-context.js';
import { lowerBound } from './sorted.js';
import type { YearMention } from './years.js';

/** The year of one number, how it was found, and why (for the review screen). */
export interface YearDecision {
  readonly year: number | null;
  /** Written as a calendar year in the sentence or its heading (not inferred). */
  readonly explicit: boolean;
  readonly basis: 'sentence' | 'relative' | 'heading' | 'report-year' | 'horizon';
  readonly reason: string;
}

export interface YearQuery {
  readonly sentence: string;
  /** Years and plan periods of the sentence, sorted by start. */
  readonly years: readonly YearMention[];
  readonly at: number;
  readonly clauseStart: number;
  /** `第三年` in a plan: the n-th year of the plan period. */
  readonly relativeYears: number | null;
  readonly heading: HeadingContext | null;
  readonly kind: ItemKind;
  /** The year an unqualified actual describes (a work report's year before). */
  readonly reportYear: number | null;
  /** The year an unqualified target falls due (a work report's own year, a plan's last). */
  readonly horizon: number | null;
  /** A target recalled in a report of results: due in the year reported. */
  readonly recalledTarget?: boolean;
  /** The year 今年 means (the year of publication). */
  readonly thisYear?: number | null;
  /** The section's own horizon (a report's 今后五年 part), from the discourse model. */
  readonly sectionHorizon?: number | null;
  /** The year an earlier sentence of the same paragraph opened with. */
  readonly paragraphYear?: number | null;
}

/**
 * The year of a number: a year in its own clause; else one earlier in the
 * sentence that governs what follows (a deadline 到…年, or a year opening the
 * sentence); else the heading's; else the report year (actuals) or horizon
 * (targets) — a work report's plan part speaks of its own year, its review of
 * the year before.
 */
export function yearFor(q: YearQuery): YearDecision {
  const heading = q.heading;
  if (q.relativeYears !== null) {
    const planStart = heading?.periodFrom ?? (q.horizon !== null ? q.horizon - 4 : null);
    if (planStart !== null) {
      const year = planStart + q.relativeYears - 1;
      return {
        year,
        explicit: false,
        basis: 'relative',
        reason: `规划期第${q.relativeYears}年，即${year}年`,
      };
    }
  }
  const chosen = writtenYear(q);
  // 今年 before the number, and no year written before it in the sentence: the year of publication.
  if (
    q.thisYear != null &&
    (!chosen || chosen.start > q.at) &&
    /今年/.test(q.sentence.slice(Math.max(0, q.at - 40), q.at))
  )
    return {
      year: q.thisYear,
      explicit: true,
      basis: 'sentence',
      reason: `句中“今年”指发布之年${q.thisYear}年`,
    };
  if (chosen)
    return {
      year: chosen.year,
      explicit: true,
      basis: 'sentence',
      reason: `句中写明${chosen.from !== null ? `${chosen.from}—` : ''}${chosen.year}年`,
    };
  if (heading?.year != null)
    return {
      year: heading.year,
      explicit: heading.explicitYear,
      basis: 'heading',
      reason: `取自所在章节标题的${heading.year}年`,
    };
  if (q.kind === 'actual' && q.paragraphYear != null)
    return {
      year: q.paragraphYear,
      explicit: true,
      basis: 'sentence',
      reason: `本段开头写明${q.paragraphYear}年`,
    };
  if (q.kind === 'actual' || q.recalledTarget === true)
    return {
      year: q.reportYear,
      explicit: false,
      basis: 'report-year',
      reason: q.reportYear === null ? '未写年份' : `未写年份，实绩取报告所述的${q.reportYear}年`,
    };
  if (q.sectionHorizon != null)
    return {
      year: q.sectionHorizon,
      explicit: false,
      basis: 'horizon',
      reason: `未写年份，目标取本节目标年${q.sectionHorizon}年`,
    };
  return {
    year: q.horizon,
    explicit: false,
    basis: 'horizon',
    reason: q.horizon === null ? '未写年份' : `未写年份，目标取文件目标年${q.horizon}年`,
  };
}

function writtenYear(q: YearQuery): YearMention | undefined {
  // Years are sorted; only those near the number, or one opening the sentence, can govern it.
  const candidates = q.years;
  let chosen: YearMention | undefined;
  const first = candidates[0];
  if (
    first &&
    first.start <= 2 &&
    first.start < q.clauseStart &&
    !isBaselineYear(q.sentence, first)
  )
    chosen = first;
  for (let i = lowerBound(candidates, q.at - 300); i < candidates.length; i++) {
    const y = candidates[i];
    if (!y || y.start >= q.at) break;
    if (isBaselineYear(q.sentence, y)) continue;
    const inClause = y.start >= q.clauseStart;
    const governing = y.start < q.clauseStart && y.deadline;
    if (inClause || governing) chosen = y;
  }
  if (chosen) return chosen;
  for (let i = lowerBound(candidates, q.clauseStart); i < candidates.length; i++) {
    const y = candidates[i];
    if (!y || y.start >= q.at + 12) break;
    if (!isBaselineYear(q.sentence, y)) return y;
  }
  return undefined;
}

/** A year written as the base of a comparison (比2025年, 较2020年), not a deadline. */
export function isBaselineYear(sentence: string, year: YearMention): boolean {
  return /[比较与同从]$/.test(sentence.slice(Math.max(0, year.start - 1), year.start));
}

/**
 * How many years a report's `从A提高到B` spans: a work report's review of one
 * year (`过去一年`, `2023年工作回顾`, `比上年`) compares with the year before;
 * otherwise (五年来, a plan's review of its period) with five years before.
 */
export function fromToSpan(sentence: string, heading: HeadingContext | null): number {
  if (/五年|十三五|十四五|十五五/.test(sentence)) return 5;
  if (/过去一年|一年来|去年|上年/.test(sentence)) return 1;
  if (heading?.explicitYear && heading.periodFrom === null && !heading.retrospective) return 1;
  return 5;
}
