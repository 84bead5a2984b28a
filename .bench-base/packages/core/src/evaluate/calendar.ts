import { LantuError } from '../errors.js';

/** An evaluation date. */
export interface AsOf {
  readonly iso: string;
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  readonly day: number;
}

/** Parses `YYYY-MM-DD`; throws LantuError INPUT_INVALID for anything else. */
export function parseAsOf(iso: string): AsOf {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (match === null || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new LantuError('INPUT_INVALID', `"${iso}" is not an ISO date (YYYY-MM-DD).`);
  }
  return { iso, year, month, day };
}

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * An evaluation date as each language writes it in prose, one style per language, the same as
 * the web app's: 2026年12月4日 and 4 Dec 2026 (never the ISO code 2026-12-04).
 */
export function asOfText(asOf: AsOf): { readonly zh: string; readonly en: string } {
  return {
    zh: `${asOf.year}年${asOf.month}月${asOf.day}日`,
    en: `${asOf.day} ${MONTHS_EN[asOf.month - 1] ?? String(asOf.month)} ${asOf.year}`,
  };
}

/**
 * Any ISO date (`2026-12-04`, or a timestamp starting with one) in the same words, for the
 * poster and the reports; null for text that is not one. The web app, which may not import
 * core's code, keeps its own copy in packages/web/src/format/date.ts.
 */
export function dateWords(iso: string): { readonly zh: string; readonly en: string } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return null;
  const [, year = '', month = '', day = ''] = match;
  return asOfText({ iso, year: Number(year), month: Number(month), day: Number(day) });
}

/** Months since 1 January of year 0, so dates compare as numbers. */
function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/**
 * Whether the whole-year figure of `year` should be published by `asOf`:
 * from the first day of the month `lagMonths` after the year ends (lag 3:
 * 1 April of the next year).
 */
export function isYearFigureDue(year: number, asOf: AsOf, lagMonths: number): boolean {
  return monthIndex(asOf.year, asOf.month) >= monthIndex(year + 1, 1) + lagMonths;
}

/** The first month a year's figure is due, as `YYYY-MM`, for explanations. */
export function dueMonth(year: number, lagMonths: number): { year: number; month: number } {
  const index = monthIndex(year + 1, 1) + lagMonths;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Whether `year` has ended by `asOf`. */
export function isYearOver(year: number, asOf: AsOf): boolean {
  return asOf.year > year;
}
