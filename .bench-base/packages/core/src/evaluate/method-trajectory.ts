import { aimValue, satisfiesObservation } from './bounds.js';
import { dueMonth, isYearFigureDue, asOfText } from './calendar.js';
import { makeStatus, monthText, type EvalContext } from './context.js';
import { latestWholeYearBetween, pickFigure, wholeYear, type Figure } from './figures.js';
import { ratioPercent } from './format.js';
import { goalNumbers, type Goal } from './goal.js';
import { cagrRatio, linearRatio, requiredOnly, type TrajectoryInput } from './growth-math.js';
import { annualPointsWords, annualRateWords, figureWords } from './phrases.js';
import { bandOf, statusLabel } from './status-labels.js';
import type { MethodId, StatusCode, TargetStatus } from './types.js';

interface Base {
  readonly value: number;
  readonly year: number;
  readonly figure: Figure | null;
}

/**
 * The base of a trajectory: a value the target states (比2020年…), else the
 * figure of the stated base year, else of deadline − `baselineOffsetYears`
 * (or the caller's `baselineYear`). A missing base year takes the next year
 * with data (StatCan edge rule, tracking-anchors.md §b.2); when no year at or
 * after it has data — a 2035 vision target read in 2026 wants base 2030 —
 * the latest earlier whole-year figure is the base. A base year the target
 * itself names (比2025年…) is used exactly or not at all.
 */
export function resolveBase(ctx: EvalContext, goal: Goal, figures: readonly Figure[]): Base | null {
  if (goal.baseline !== null && goal.baseline.value !== null) {
    return { value: goal.baseline.value, year: goal.baseline.year, figure: null };
  }
  const year0 = wantedBaseYear(ctx, goal);
  if (goal.baseline !== null) {
    // The target names its base year (比2025年翻一番): no other year will do.
    const figure = pickFigure(wholeYear(figures, goal.baseline.year));
    return figure === null ? null : { value: figure.value, year: figure.year, figure };
  }
  let after: number | null = null;
  let before: number | null = null;
  for (const f of figures) {
    if (f.period !== null || f.year >= goal.year) continue;
    if (f.year >= year0) after = after === null ? f.year : Math.min(after, f.year);
    else before = before === null ? f.year : Math.max(before, f.year);
  }
  const year = after ?? before;
  const figure = year === null ? null : pickFigure(wholeYear(figures, year));
  return figure === null ? null : { value: figure.value, year: figure.year, figure };
}

/** Base year the method looks for first. */
export function wantedBaseYear(ctx: EvalContext, goal: Goal): number {
  return goal.baseline?.year ?? ctx.baselineYear ?? goal.year - ctx.config.baselineOffsetYears;
}

/**
 * (a) Before the deadline: Eurostat/StatCan ratio of the actual to the
 * required compound growth (tracking-anchors.md §b.1–2), or its linear form
 * for shares and rates in % (same file, "linear ratio for share"). Bands:
 * R ≥ `onTrackRatio` on track, ≥ `atRiskRatio` at risk, else off track. A
 * latest figure that already meets the target is achieved early, or on track
 * for a target about staying (以内/控制在/左右/range), which can still be lost.
 */
export function trajectoryStatus(
  ctx: EvalContext,
  goal: Goal,
  figures: readonly Figure[],
): TargetStatus {
  const method: MethodId = goal.isPercent ? 'linear-ratio' : 'eurostat-cagr-ratio';
  const base = resolveBase(ctx, goal, figures);
  if (base === null) {
    const year0 = wantedBaseYear(ctx, goal);
    const due = isYearFigureDue(year0, ctx.asOf, ctx.config.annualDataLagMonths);
    return makeStatus({
      status: due ? 'no-data' : 'not-yet-due',
      method,
      numbers: goalNumbers(goal),
      zh: due
        ? `未见${ctx.name.zh}${year0}年以来的数据，无法测算${goal.year}年目标（${goal.phrase.zh}）的进度。`
        : `${goal.year}年目标${ctx.name.zh}${goal.phrase.zh}，基期${year0}年数据尚未发布，未到期。`,
      en: due
        ? `No figure for ${ctx.name.en} since ${year0}, so progress towards the ${goal.year} target (${goal.phrase.en}) cannot be measured.`
        : `The ${goal.year} target for ${ctx.name.en} (${goal.phrase.en}) is not due and its ${year0} base figure is not out yet.`,
    });
  }

  const latest = latestWholeYearBetween(figures, base.year, goal.year);
  const current = latest ?? base.figure;
  const used = [base.figure, latest].flatMap((f) => (f === null ? [] : [f.original]));
  const aim = aimValue(goal.bounds, base.value);
  const d: 1 | -1 =
    goal.bounds.direction === 'up'
      ? 1
      : goal.bounds.direction === 'down'
        ? -1
        : aim >= base.value
          ? 1
          : -1;
  const baseNumbers = {
    ...goalNumbers(goal),
    baseline_value: base.value,
    baseline_year: base.year,
  };

  if (current !== null && satisfiesObservation(current, goal.bounds) === true) {
    // 以上/超/达到 targets are done once reached; 以内/控制在/左右 must still be held.
    const staying = goal.bounds.direction !== 'up';
    const status: StatusCode = staying ? 'on-track' : 'achieved';
    const label = statusLabel(status, method, { early: !staying });
    const fig = figureWords(goal.measure, current.value, current.comparator, goal.fmt);
    return makeStatus({
      status,
      method,
      detail: { early: !staying },
      numbers: {
        ...baseNumbers,
        latest_value: current.value,
        latest_year: current.year,
        latest_is_bound: current.comparator !== '=' && current.comparator !== '~',
      },
      zh: `${current.year}年${ctx.name.zh}已达${fig.zh}，${goal.year}年目标为${goal.phrase.zh}，${label.zh}。`,
      en: `${ctx.name.en} reached ${fig.en} in ${current.year}, within the ${goal.year} target (${goal.phrase.en}): ${label.en}.`,
      observations: used,
    });
  }

  const required = requiredOnly(
    base.value,
    base.year,
    aim,
    goal.year,
    goal.isPercent,
    ctx.config.zeroSubstitute,
  );
  const need =
    required === null
      ? null
      : goal.isPercent
        ? annualPointsWords(required)
        : annualRateWords(required);
  const needZh = need === null ? '' : `需${need.zh}`;
  const needEn = need === null ? '' : ` needs ${need.en}`;

  if (latest === null) {
    const next = base.year + 1;
    const due = isYearFigureDue(next, ctx.asOf, ctx.config.annualDataLagMonths);
    const when = monthText(dueMonth(next, ctx.config.annualDataLagMonths));
    return makeStatus({
      status: due ? 'no-data' : 'not-yet-due',
      method,
      numbers: { ...baseNumbers, required_annual_growth: required },
      zh: due
        ? `${goal.year}年目标${ctx.name.zh}${goal.phrase.zh}，以${base.year}年${goal.fmt.zh(base.value)}为基数${needZh}，截至${asOfText(ctx.asOf).zh}未见${next}年数据。`
        : `${goal.year}年目标${ctx.name.zh}${goal.phrase.zh}，以${base.year}年${goal.fmt.zh(base.value)}为基数${needZh}，${next}年数据预计${when.zh}后发布，未到期。`,
      en: due
        ? `The ${goal.year} target for ${ctx.name.en} (${goal.phrase.en})${needEn} from ${goal.fmt.en(base.value)} in ${base.year}, but there is no ${next} figure as of ${asOfText(ctx.asOf).en}.`
        : `The ${goal.year} target for ${ctx.name.en} (${goal.phrase.en})${needEn} from ${goal.fmt.en(base.value)} in ${base.year}; the ${next} figure is not due until ${when.en}.`,
      observations: used,
    });
  }

  const input: TrajectoryInput = {
    y0: base.value,
    t0: base.year,
    yt: latest.value,
    t: latest.year,
    target: aim,
    T: goal.year,
    d,
  };
  const result = goal.isPercent ? linearRatio(input) : cagrRatio(input, ctx.config.zeroSubstitute);
  if (result === null) {
    return makeStatus({
      status: 'no-data',
      method,
      numbers: { ...baseNumbers, latest_value: latest.value, latest_year: latest.year },
      zh: `${ctx.name.zh}基期与最新数据正负号不一致，无法按复合增长率测算进度。`,
      en: `The base and latest figures for ${ctx.name.en} differ in sign, so compound growth cannot be measured.`,
      observations: used,
    });
  }
  const status: StatusCode =
    result.ratio === null
      ? d * result.actual >= 0
        ? 'on-track'
        : 'off-track'
      : bandOf(result.ratio, ctx.config);
  const ahead =
    status === 'on-track' && result.ratio !== null && result.ratio >= ctx.config.xushiAheadRatio;
  const label = statusLabel(status, method, { ahead });
  const did = goal.isPercent ? annualPointsWords(result.actual) : annualRateWords(result.actual);
  const ratioZh = result.ratio === null ? '' : `，进度比${ratioPercent(result.ratio)}`;
  const ratioEn =
    result.ratio === null ? '' : `, a progress ratio of ${ratioPercent(result.ratio)}`;
  const latestWords = figureWords(goal.measure, latest.value, latest.comparator, goal.fmt);
  return makeStatus({
    status,
    method,
    detail: { ahead },
    numbers: {
      ...baseNumbers,
      latest_value: latest.value,
      latest_year: latest.year,
      latest_is_bound: latest.comparator !== '=' && latest.comparator !== '~',
      required_annual_growth: result.required,
      actual_annual_growth: result.actual,
      ratio: result.ratio,
    },
    zh: `以${base.year}年${goal.fmt.zh(base.value)}为基数，${latest.year}年${ctx.name.zh}${latestWords.zh}，${did.zh}；实现${goal.year}年目标（${goal.phrase.zh}）需${annualWords(goal, result.required).zh}${ratioZh}，${label.zh}。`,
    en: `${ctx.name.en} went from ${goal.fmt.en(base.value)} in ${base.year} to ${latestWords.en} in ${latest.year}, ${did.en}; the ${goal.year} target (${goal.phrase.en}) needs ${annualWords(goal, result.required).en}${ratioEn}: ${label.en}.`,
    observations: used,
  });
}

function annualWords(goal: Goal, x: number): { zh: string; en: string } {
  return goal.isPercent ? annualPointsWords(x) : annualRateWords(x);
}
