import { attainment, satisfiesValue } from './bounds.js';
import { isYearFigureDue, asOfText } from './calendar.js';
import { makeStatus, type EvalContext } from './context.js';
import { decideYear, figuresFor, pickFigure, type Figure } from './figures.js';
import { goalNumbers, type Goal } from './goal.js';
import { compoundAverage } from './growth-math.js';
import { yearSpan } from './period.js';
import { figureWords } from './phrases.js';
import { bandOf, statusLabel } from './status-labels.js';
import type { StatusCode, TargetStatus, YearResult } from './types.js';

/**
 * The years a recurring target covers: its period (`2021-2025`), else the
 * years after a stated base, else the `baselineOffsetYears` years ending at
 * the deadline (a five-year plan's 每年 covers its five years).
 */
export function recurringYears(ctx: EvalContext, goal: Goal): number[] {
  const span = yearSpan(ctx.item.period);
  const from =
    span?.[0] ??
    (goal.baseline !== null
      ? goal.baseline.year + 1
      : goal.year - Math.max(ctx.config.baselineOffsetYears, 1) + 1);
  const to = span?.[1] ?? goal.year;
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) years.push(y);
  return years;
}

/** 年均 (average a year) rather than 每年 (every year): judged on the compounded average. */
function isAverageTarget(ctx: EvalContext, goal: Goal): boolean {
  return goal.isPercent && goal.measure !== 'level' && /年均/u.test(ctx.item.text);
}

/**
 * (e) Recurring targets (每年/年均): each year of the period is checked like
 * a deadline (achieved / missed; no-data or not-yet-due when its figure is
 * missing), and the per-year list is kept. The status comes from the latest
 * complete year — for 年均 growth, from the compounded average of the
 * complete years (a reported period average, `2021-2025`, wins). Before the
 * period ends: met → on track, else banded by attainment. Once it ends:
 * 年均 → the average decides; 每年 → achieved only if no year was missed.
 */
export function recurringStatus(ctx: EvalContext, goal: Goal): TargetStatus {
  const measure = goal.measure;
  const figures = figuresFor(
    goal.baseUnit,
    measure,
    ctx.observations,
    ctx.asOf.year,
    ctx.figureCache,
  );
  const years = recurringYears(ctx, goal);
  const first = years[0] ?? goal.year;
  const last = years[years.length - 1] ?? goal.year;
  const lag = ctx.config.annualDataLagMonths;

  const perYear: YearResult[] = [];
  const used: Figure[] = [];
  for (const year of years) {
    const decided = decideYear(
      figures.filter((f) => f.year === year && f.period === null),
      goal.bounds,
    );
    if (decided !== null) {
      perYear.push({
        year,
        status: decided.met ? 'achieved' : 'missed',
        value: decided.figure.value,
      });
      used.push(decided.figure);
    } else {
      perYear.push({
        year,
        status: isYearFigureDue(year, ctx.asOf, lag) ? 'no-data' : 'not-yet-due',
        value: null,
      });
    }
  }
  const complete = perYear.filter((r) => r.status === 'achieved' || r.status === 'missed');
  const average = isAverageTarget(ctx, goal);
  const periodFigure = average
    ? pickFigure(figures.filter((f) => f.period === `${first}-${last}`))
    : null;
  if (periodFigure !== null) used.push(periodFigure);
  const periodLabel = `${first}—${last}年`;
  const eachZh = average ? '年均' : '每年';

  if (complete.length === 0 && periodFigure === null) {
    const status: StatusCode = perYear.some((r) => r.status === 'no-data')
      ? 'no-data'
      : 'not-yet-due';
    return makeStatus({
      status,
      method: 'recurring-annual',
      numbers: goalNumbers(goal),
      per_year: perYear,
      zh:
        status === 'no-data'
          ? `${periodLabel}${eachZh}目标${ctx.name.zh}${goal.phrase.zh}，截至${asOfText(ctx.asOf).zh}未见任何年度数据。`
          : `${periodLabel}${eachZh}目标${ctx.name.zh}${goal.phrase.zh}，首个年度数据尚未发布，未到期。`,
      en:
        status === 'no-data'
          ? `No yearly figure for ${ctx.name.en} as of ${asOfText(ctx.asOf).en} against its ${first}–${last} target (${goal.phrase.en} a year).`
          : `The ${first}–${last} target for ${ctx.name.en} (${goal.phrase.en} a year) has no yearly figure due yet.`,
    });
  }

  const latestComplete = complete[complete.length - 1] ?? null;
  const headline =
    periodFigure?.value ??
    (average
      ? compoundAverage(complete.map((r) => r.value ?? 0))
      : (latestComplete?.value ?? null));
  const periodOver =
    periodFigure !== null ||
    perYear[perYear.length - 1]?.status === 'achieved' ||
    perYear[perYear.length - 1]?.status === 'missed' ||
    isYearFigureDue(last, ctx.asOf, lag);
  const missedYears = complete.filter((r) => r.status === 'missed').length;
  const met = headline !== null && satisfiesValue(headline, goal.bounds);

  let status: StatusCode;
  let ratio: number | null = null;
  if (periodOver) {
    status = (average ? met : missedYears === 0 && complete.length > 0) ? 'achieved' : 'missed';
  } else if (met) {
    status = 'on-track';
  } else {
    ratio = headline === null ? 0 : attainment(headline, goal.bounds);
    status = bandOf(ratio, ctx.config);
  }
  const label = statusLabel(status, 'recurring-annual');
  const shown = headline === null ? null : figureWords(measure, headline, '=', goal.fmt);
  const upTo = latestComplete?.year ?? last;
  const headZh =
    shown === null
      ? ''
      : average
        ? `，${first}—${upTo}年年均${shown.zh}`
        : `，最近完整年度${upTo}年${shown.zh}`;
  const headEn =
    shown === null
      ? ''
      : average
        ? `; ${first}–${upTo} averaged ${shown.en} a year`
        : `; the latest complete year, ${upTo}, was ${shown.en}`;
  const metYears = complete.length - missedYears;
  const tallyZh = complete.length === 0 ? '' : `，${complete.length}个完整年度中${metYears}个达标`;
  const tallyEn =
    complete.length === 0 ? '' : `; ${metYears} of ${complete.length} complete years met it`;
  return makeStatus({
    status,
    method: 'recurring-annual',
    numbers: {
      ...goalNumbers(goal),
      latest_value: headline,
      latest_year: latestComplete?.year ?? (periodFigure === null ? null : last),
      latest_period: periodFigure === null ? null : periodFigure.period,
      actual_annual_growth: average ? headline : null,
      ratio,
    },
    per_year: perYear,
    zh: `${periodLabel}${eachZh}目标${ctx.name.zh}${goal.phrase.zh}${headZh}${tallyZh}，${label.zh}。`,
    en: `${ctx.name.en} has a ${first}–${last} target of ${goal.phrase.en} a year${headEn}${tallyEn}: ${label.en}.`,
    observations: used.map((f) => f.original),
  });
}
