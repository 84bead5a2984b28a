import type { Comparator, Item } from '../model/item.js';
import { isYearFigureDue } from './calendar.js';
import { makeStatus, type EvalContext } from './context.js';
import { decideYear, figuresFor, latestPartYear, wholeYear } from './figures.js';
import { autoFormatter, goalNumbers, makeGoal, type Goal, type GoalTerms } from './goal.js';
import { deadlineNoData, deadlineStatus, notYetDue } from './method-deadline.js';
import { resolveBase, trajectoryStatus } from './method-trajectory.js';
import { xushiStatus } from './method-xushi.js';
import { yearSpan } from './period.js';
import type { TargetStatus } from './types.js';

/**
 * A level target (2000亿元 by 2025): (b) the deadline year's figure if
 * there is one; (c) 序时进度 on a part-year figure of the deadline year;
 * no-data once the deadline figure is due and missing; (a) otherwise the
 * trajectory from the base year.
 */
export function levelStatus(ctx: EvalContext, goal: Goal): TargetStatus {
  const figures = figuresFor(
    goal.baseUnit,
    'level',
    ctx.observations,
    ctx.asOf.year,
    ctx.figureCache,
  );
  const final = decideYear(wholeYear(figures, goal.year), goal.bounds);
  if (final !== null) return deadlineStatus(ctx, goal, final);
  const part = latestPartYear(figures, goal.year);
  if (part !== null) return xushiStatus(ctx, goal, part);
  if (isYearFigureDue(goal.year, ctx.asOf, ctx.config.annualDataLagMonths)) {
    return deadlineNoData(ctx, goal, 'deadline-comparator');
  }
  return trajectoryStatus(ctx, goal, figures);
}

/**
 * A change within one year (出口增长15%以上 in 2026, 新增就业1.2万人): the
 * year's change if published, else 序时进度 on a part-year change, else
 * no-data or not-yet-due by the publication lag.
 */
export function annualChangeStatus(ctx: EvalContext, goal: Goal): TargetStatus {
  const figures = figuresFor(
    goal.baseUnit,
    goal.measure,
    ctx.observations,
    ctx.asOf.year,
    ctx.figureCache,
  );
  const final = decideYear(wholeYear(figures, goal.year), goal.bounds);
  if (final !== null) return deadlineStatus(ctx, goal, final);
  const part = latestPartYear(figures, goal.year);
  if (part !== null) return xushiStatus(ctx, goal, part);
  return isYearFigureDue(goal.year, ctx.asOf, ctx.config.annualDataLagMonths)
    ? deadlineNoData(ctx, goal, 'deadline-comparator')
    : notYetDue(ctx, goal, 'deadline-comparator');
}

/**
 * Whether a change in % spans several years (翻一番 by 2035, 比2020年增长3倍)
 * rather than one: an idiom of doubling, a stated base two or more years
 * before the deadline, or a multi-year period on a non-recurring target.
 */
export function isCumulativeChange(item: Item): boolean {
  if (item.base_unit !== '%' || item.year === null) return false;
  if (/翻一番|翻两番|翻番|翻一倍|倍增/u.test(item.text)) return true;
  if (item.baseline?.year != null && item.year - item.baseline.year >= 2) return true;
  const span = yearSpan(item.period);
  return !item.recurring && span !== null && span[1] > span[0];
}

const FLIP: Readonly<Record<Comparator, Comparator>> = {
  '>=': '<=',
  '>': '<',
  '<=': '>=',
  '<': '>',
  '~': '~',
  '=': '=',
  range: 'range',
};

/**
 * A multi-year change restated as a level: y⋆ = y₀·(1 + g/100) (or 1 − g/100
 * for a fall) on the base year's level, then judged as a level target. The
 * base is the stated base year, else the default base year.
 */
export function cumulativeChangeStatus(ctx: EvalContext, terms: GoalTerms): TargetStatus {
  const sign = terms.measure === 'decrease' ? -1 : 1;
  const changeGoal = makeGoal(ctx, terms);
  const levels = figuresFor(null, 'level', ctx.observations, ctx.asOf.year, ctx.figureCache).filter(
    (f) => f.original.base_unit !== '%',
  );
  const probe: Goal = {
    ...changeGoal,
    baseline: terms.baseline === null ? null : { value: null, year: terms.baseline.year },
  };
  const base = resolveBase(ctx, probe, levels);
  if (base === null) {
    const year0 =
      terms.baseline?.year ?? ctx.baselineYear ?? terms.year - ctx.config.baselineOffsetYears;
    const due = isYearFigureDue(year0, ctx.asOf, ctx.config.annualDataLagMonths);
    return makeStatus({
      status: due ? 'no-data' : 'not-yet-due',
      method: 'eurostat-cagr-ratio',
      numbers: goalNumbers(changeGoal),
      zh: `${terms.year}年目标${ctx.name.zh}较${year0}年${changeGoal.phrase.zh}，${due ? `未见${year0}年基数，无法测算` : `${year0}年基数尚未发布，未到期`}。`,
      en: `The ${terms.year} target for ${ctx.name.en} (${changeGoal.phrase.en} on ${year0}) ${due ? `has no ${year0} base figure` : `is not due and its ${year0} base is not out yet`}.`,
    });
  }
  const baseUnit = base.figure?.original.base_unit ?? null;
  const scale = (g: number): number => base.value * (1 + (sign * g) / 100);
  const fmt = autoFormatter(baseUnit);
  const comparator = sign < 0 ? FLIP[terms.comparator] : terms.comparator;
  const level = makeGoal(ctx, {
    measure: 'level',
    comparator,
    value: scale(terms.value),
    valueMax: terms.valueMax === null ? null : scale(terms.valueMax),
    year: terms.year,
    baseUnit,
    fmt,
    baseline: { value: base.value, year: base.year },
    polarity: ctx.polarity ?? (sign < 0 ? 'lower-is-better' : 'higher-is-better'),
  });
  const phrase = {
    zh: `较${base.year}年${changeGoal.phrase.zh}，即${level.phrase.zh}`,
    en: `${changeGoal.phrase.en} on ${base.year}, i.e. ${level.phrase.en}`,
  };
  return levelStatus(ctx, { ...level, phrase });
}
