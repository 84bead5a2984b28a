import type { DocumentKind, DocumentMeta } from '../../model/document.js';
import { findPlanPeriods } from '../items/years.js';

/**
 * Fills what the caller did not say from the text itself: the title (first
 * heading or line), the kind (by title words) and the horizon year (“十四五”
 * → 2025; a work report's own year for its annual targets).
 */
export interface ResolvedMeta {
  readonly title: string;
  readonly kind: DocumentKind;
  readonly horizon: number | null;
  readonly date: string | null;
  readonly jurisdiction: string | null;
  /** The year a report's unqualified figures describe. */
  readonly reportYear: number | null;
}

const KIND_BY_TITLE: readonly (readonly [RegExp, DocumentKind])[] = [
  [/一图读懂|图解/, 'infographic'],
  [/统计公报/, 'statistical-communique'],
  [/政府工作报告/, 'work-report'],
  [/规划.*建议|建议.*规划/, 'plan-proposal'],
  [/五年规划|规划纲要/, 'five-year-plan'],
  [/全会|党代会|代表大会.*报告/, 'plenary-report'],
];

export function resolveMeta(text: string, meta: DocumentMeta): ResolvedMeta {
  const title = meta.title ?? guessTitle(text);
  const kind = meta.kind ?? KIND_BY_TITLE.find(([re]) => re.test(title))?.[1] ?? 'other';
  const dateYear = meta.date ? Number(meta.date.slice(0, 4)) : null;
  const titleYear = /((?:19|20)\d{2})年?/.exec(title)?.[1];
  const horizon =
    meta.horizon ?? guessHorizon(text, kind, titleYear ? Number(titleYear) : dateYear);
  return {
    title,
    kind,
    horizon,
    date: meta.date ?? null,
    jurisdiction: meta.jurisdiction ?? null,
    reportYear: reportYearOf(meta.date ?? null, kind, titleYear ? Number(titleYear) : null),
  };
}

function guessTitle(text: string): string {
  // [ \t]* rather than \s*: \s would cross line breaks and backtrack over long runs of them.
  const heading = /^[ \t]*#[ \t]*(.+)$/m.exec(text.slice(0, 20_000));
  if (heading?.[1]) return heading[1].trim();
  const first = text.split('\n').find((line) => line.trim().length > 0);
  return (first ?? '').trim().slice(0, 80);
}

function guessHorizon(text: string, kind: DocumentKind, year: number | null): number | null {
  if (kind === 'work-report' && year !== null) return year;
  const plans = findPlanPeriods(text.slice(0, 20000));
  const counts = new Map<number, number>();
  for (const plan of plans) counts.set(plan.year, (counts.get(plan.year) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [planYear, count] of counts) {
    if (count > bestCount) {
      best = planYear;
      bestCount = count;
    }
  }
  return best ?? year;
}

/**
 * Reports published early in a year describe the year before. A statistical communiqué
 * describes the year its title names (`萍乡市2022年…统计公报`, published in April or May of
 * the next year); without one, the year before its publication.
 */
function reportYearOf(
  date: string | null,
  kind: DocumentKind,
  titleYear: number | null,
): number | null {
  if (kind === 'statistical-communique') {
    if (titleYear !== null) return titleYear;
    const year = date ? Number(date.slice(0, 4)) : NaN;
    return Number.isFinite(year) ? year - 1 : null;
  }
  if (date) {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    if (!Number.isFinite(year)) return titleYear;
    return month > 0 && month <= 3 ? year - 1 : year;
  }
  if (titleYear !== null) return kind === 'work-report' ? titleYear - 1 : titleYear;
  return null;
}
