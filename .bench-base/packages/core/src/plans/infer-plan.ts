import type { DocumentKind } from '../model/document.js';
import { fiveYearPeriod, fiveYearPeriodOf, type PlanPeriod } from './plan-period.js';

/** What a document is to its plan. */
export type PlanDocumentRole =
  /** The plan outline (规划纲要) or the party committee's proposal for it (建议). */
  | 'plan'
  /** A yearly government work report or plenary report inside the period. */
  | 'yearly-report'
  /** The mid-term or final implementation evaluation (规划实施情况评估). */
  | 'evaluation'
  /** Anything else about the plan (articles, infographics). */
  | 'other';

export interface PlanDocumentFacts {
  readonly title: string;
  readonly kind: DocumentKind;
  /** ISO date or null. */
  readonly date: string | null;
  readonly horizon: number | null;
  readonly jurisdiction: string | null;
}

/** The plan a document belongs to, as inferred from its metadata. */
export interface InferredPlan {
  readonly jurisdiction: string;
  readonly period: PlanPeriod;
  readonly role: PlanDocumentRole;
  /** Why, in Chinese, for the screen that lets a person change it. */
  readonly reason: string;
}

const PLAN_NUMERAL =
  /第?([一二三四五六七八九十]{1,3})个?五年规划|“?([一二三四五六七八九十]{1,3})五”?/;
const EVALUATION_WORDS = /实施情况.{0,4}评估|中期评估|实施评估/;

/** 十四 → 14, 二十一 → 21, 九 → 9. */
function fromChineseOrdinal(text: string): number | null {
  const digits = '一二三四五六七八九';
  if (text === '十') return 10;
  const at = text.indexOf('十');
  if (at < 0) return text.length === 1 ? digits.indexOf(text) + 1 || null : null;
  const tens = at === 0 ? 1 : digits.indexOf(text.slice(0, at)) + 1;
  const onesText = text.slice(at + 1);
  const ones = onesText === '' ? 0 : digits.indexOf(onesText) + 1;
  if (tens <= 0 || ones < 0) return null;
  return tens * 10 + ones;
}

/** The period a title names (第十四个五年规划, “十四五”), or null. */
function periodNamedIn(title: string): PlanPeriod | null {
  const match = PLAN_NUMERAL.exec(title);
  const numeral = match?.[1] ?? match?.[2];
  if (numeral === undefined) return null;
  const n = fromChineseOrdinal(numeral);
  if (n === null || n < 4) return null;
  return fiveYearPeriod(1975 + (n - 4) * 5);
}

function yearOf(date: string | null): number | null {
  const year = date === null ? NaN : Number(date.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}

/**
 * Which five-year plan a document belongs to. Plans and proposals: the period their title
 * names, else the one ending at their horizon when it is on the five-year grid. Evaluation
 * reports: the period their title names. Work and plenary reports: the period their own
 * year falls in (a report of early 2026 reviews 2025, the last year of 十四五, so a
 * report dated in the first year of a period is attached to the period before, whose
 * results it reports). Others: the period their title names, if any. Without a
 * jurisdiction no plan is inferred.
 */
export function inferPlan(doc: PlanDocumentFacts): InferredPlan | null {
  if (doc.jurisdiction === null) return null;
  const jurisdiction = doc.jurisdiction;
  const named = periodNamedIn(doc.title);
  if (EVALUATION_WORDS.test(doc.title) && named !== null) {
    return { jurisdiction, period: named, role: 'evaluation', reason: '标题为规划实施评估' };
  }
  if (doc.kind === 'five-year-plan' || doc.kind === 'plan-proposal') {
    if (named !== null) {
      return { jurisdiction, period: named, role: 'plan', reason: '标题写明规划期' };
    }
    if (doc.horizon !== null && (doc.horizon - 1975) % 5 === 0 && doc.horizon >= 1975) {
      return {
        jurisdiction,
        period: fiveYearPeriod(doc.horizon),
        role: 'plan',
        reason: `规划目标年为${doc.horizon}年`,
      };
    }
    return null;
  }
  if (doc.kind === 'work-report' || doc.kind === 'plenary-report') {
    const year = yearOf(doc.date);
    if (year === null) return null;
    const period = fiveYearPeriodOf(year);
    const reviewed = period.startYear === year ? fiveYearPeriodOf(year - 1) : period;
    return {
      jurisdiction,
      period: reviewed,
      role: 'yearly-report',
      reason: `${year}年的年度报告，回顾${reviewed.startYear}—${reviewed.endYear}年规划期`,
    };
  }
  if (named !== null) {
    return { jurisdiction, period: named, role: 'other', reason: '标题提及规划期' };
  }
  return null;
}
