import { dueMonth, asOfText } from './calendar.js';
import { makeStatus, monthText, type EvalContext } from './context.js';
import type { Figure } from './figures.js';
import { goalNumbers, type Goal } from './goal.js';
import { figureWords, pointGapWords } from './phrases.js';
import { statusLabel } from './status-labels.js';
import type { MethodId, TargetStatus } from './types.js';

/**
 * (b) At or after the deadline: the deadline year's figure against the
 * target's interval (`TargetBounds`), so 以上 includes the number, 超/突破
 * excludes it, 左右 has a tolerance and a range its two ends. Achieved or
 * missed, nothing in between: the year-end vocabulary is 完成 / 未完成.
 */
export function deadlineStatus(
  ctx: EvalContext,
  goal: Goal,
  decided: { readonly met: boolean; readonly figure: Figure },
): TargetStatus {
  const { met, figure } = decided;
  const status = met ? 'achieved' : 'missed';
  const label = statusLabel(status, 'deadline-comparator');
  const fig = figureWords(goal.measure, figure.value, figure.comparator, goal.fmt);
  // 通报 practice states the gap for rates: 增长6.1%，低于目标0.9个百分点.
  const gap =
    goal.isPercent && figure.comparator === '=' ? pointGapWords(figure.value, goal.value) : null;
  const gapZh = gap === null ? '' : `，${gap.zh}`;
  const gapEn = gap === null ? '' : ` (${gap.en})`;
  return makeStatus({
    status,
    method: 'deadline-comparator',
    numbers: {
      ...goalNumbers(goal),
      latest_value: figure.value,
      latest_year: figure.year,
      latest_period: figure.period,
      latest_is_bound: figure.comparator !== '=' && figure.comparator !== '~',
    },
    zh: `${goal.year}年${ctx.name.zh}${fig.zh}，目标${goal.phrase.zh}，${label.zh}${gapZh}。`,
    en: `${ctx.name.en} in ${goal.year}: ${fig.en}, against a target of ${goal.phrase.en}${gapEn}; ${label.en}.`,
    observations: [figure.original],
  });
}

/** The deadline figure is due and missing: no-data, with the date it was due. */
export function deadlineNoData(ctx: EvalContext, goal: Goal, method: MethodId): TargetStatus {
  return makeStatus({
    status: 'no-data',
    method,
    numbers: goalNumbers(goal),
    zh: `截至${asOfText(ctx.asOf).zh}未见${ctx.name.zh}${goal.year}年数据，无法判断${goal.year}年目标（${goal.phrase.zh}）是否完成。`,
    en: `No ${goal.year} figure for ${ctx.name.en} as of ${asOfText(ctx.asOf).en}, so the ${goal.year} target (${goal.phrase.en}) cannot be judged.`,
  });
}

/** Nothing the method needs is due yet (an annual target early in its year). */
export function notYetDue(ctx: EvalContext, goal: Goal, method: MethodId): TargetStatus {
  const due = monthText(dueMonth(goal.year, ctx.config.annualDataLagMonths));
  return makeStatus({
    status: 'not-yet-due',
    method,
    numbers: goalNumbers(goal),
    zh: `${goal.year}年目标${ctx.name.zh}${goal.phrase.zh}，尚无${goal.year}年数据，全年数据预计${due.zh}后发布，未到期。`,
    en: `The ${goal.year} target for ${ctx.name.en} (${goal.phrase.en}) has no ${goal.year} figure yet; the full-year figure is due from ${due.en}.`,
  });
}
