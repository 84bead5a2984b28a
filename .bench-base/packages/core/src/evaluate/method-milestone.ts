import { dueMonth, isYearFigureDue, isYearOver, asOfText } from './calendar.js';
import { EMPTY_NUMBERS, makeStatus, monthText, type EvalContext } from './context.js';
import type { TargetStatus } from './types.js';

/**
 * (f) Milestones (dated commitments without a number, 基本建成…): achieved
 * only when a report says the work was completed (`MilestoneEvidence`),
 * early or late as its year says. Otherwise not yet due until the deadline
 * year is over and the next report could have said so
 * (`milestoneEvidenceLagMonths`); then missed if a report says it is still
 * not done, else no-data — or missed when `milestoneSilenceIsMissed`.
 */
/** Quotes inside a quoted name become single quotes: “成为‘重要窗口’模范生”. */
function innerQuotes(text: string): string {
  return text.replace(/“/gu, '‘').replace(/”/gu, '’').replace(/"/gu, "'");
}

export function milestoneStatus(ctx: EvalContext): TargetStatus {
  const year = ctx.item.year;
  const what = innerQuotes(ctx.item.metric);
  if (year === null) {
    return makeStatus({
      status: 'no-data',
      method: 'milestone',
      zh: `“${what}”没有明确年份，无法评估。`,
      en: `"${what}" has no stated year, so it cannot be judged.`,
    });
  }
  const numbers = { ...EMPTY_NUMBERS, target_year: year };
  const reports = ctx.evidence
    .filter((e) => e.year <= ctx.asOf.year)
    .slice()
    .sort((a, b) => a.year - b.year);
  const done = reports.find((e) => e.completed);
  if (done !== undefined) {
    const early = done.year < year;
    const late = done.year > year;
    return makeStatus({
      status: 'achieved',
      method: 'milestone',
      detail: { early, late },
      numbers: { ...numbers, latest_year: done.year },
      zh: `据${done.year}年报告，“${what}”已完成（目标期限${year}年），${early ? '提前完成' : late ? '逾期完成' : '按期完成'}。`,
      en: `A ${done.year} report says "${what}" was completed (due ${year}): ${early ? 'early' : late ? 'late' : 'on time'}.`,
      observations: [],
    });
  }
  if (!isYearOver(year, ctx.asOf)) {
    return makeStatus({
      status: 'not-yet-due',
      method: 'milestone',
      numbers,
      zh: `“${what}”目标期限为${year}年，尚未到期。`,
      en: `"${what}" is due in ${year}, which has not ended.`,
    });
  }
  const notDone = reports.filter((e) => !e.completed && e.year >= year).at(-1);
  if (notDone !== undefined) {
    return makeStatus({
      status: 'missed',
      method: 'milestone',
      numbers: { ...numbers, latest_year: notDone.year },
      zh: `“${what}”目标期限为${year}年，据${notDone.year}年报告尚未完成，未完成。`,
      en: `"${what}" was due in ${year}; a ${notDone.year} report says it is not done: missed.`,
    });
  }
  const lag = ctx.config.milestoneEvidenceLagMonths;
  if (!isYearFigureDue(year, ctx.asOf, lag)) {
    const when = monthText(dueMonth(year, lag));
    return makeStatus({
      status: 'not-yet-due',
      method: 'milestone',
      numbers,
      zh: `“${what}”目标期限为${year}年，完成情况预计${when.zh}前后报告，暂未到评估时点。`,
      en: `"${what}" was due in ${year}; a report on it is expected by ${when.en}.`,
    });
  }
  const silenceMisses = ctx.config.milestoneSilenceIsMissed;
  return makeStatus({
    status: silenceMisses ? 'missed' : 'no-data',
    method: 'milestone',
    numbers,
    zh: `“${what}”目标期限为${year}年，截至${asOfText(ctx.asOf).zh}未见完成情况报告${silenceMisses ? '，按未完成计' : ''}。`,
    en: `"${what}" was due in ${year} and no report of its completion has been seen as of ${asOfText(ctx.asOf).en}${silenceMisses ? ', so it counts as missed' : ''}.`,
  });
}
