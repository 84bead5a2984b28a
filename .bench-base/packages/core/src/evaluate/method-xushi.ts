import type { UnitFamily } from '../model/indicator.js';
import { attainment, satisfiesObservation } from './bounds.js';
import { makeStatus, type EvalContext } from './context.js';
import type { Figure } from './figures.js';
import { percent } from './format.js';
import { goalNumbers, type Goal } from './goal.js';
import { periodWords } from './period.js';
import { figureWords, pointGapWords } from './phrases.js';
import { bandOf, statusLabel } from './status-labels.js';
import type { StatusCode, TargetStatus } from './types.js';

/** Base units of quantities that add up over the year (flows and counts). */
const ADDITIVE_UNITS = new Set([
  '元',
  '美元',
  '人',
  '人次',
  '吨',
  '立方米',
  '平方米',
  '亩',
  '件',
  '个',
  '家',
  '户',
  '项',
  '场',
  '次',
  '辆次',
  '列',
  '条',
]);
const INTENSIVE_FAMILIES: readonly UnitFamily[] = [
  'percent',
  'index',
  'duration',
  'energy',
  'other',
  'rank',
];

/**
 * Whether a part-year figure is a running total to set against the elapsed
 * share of the year (GDP 1261亿元 in H1) rather than a rate or average to
 * set against the target directly (growth 7.7%, PM2.5 30 µg/m³). The model
 * has no flow/stock flag, so a stock kept in an additive unit (常住人口) is
 * read as a total; docs/status-method.md notes this.
 */
export function accumulates(goal: Goal, family: UnitFamily | null): boolean {
  if (goal.isPercent) return false;
  if (family !== null && INTENSIVE_FAMILIES.includes(family)) return false;
  return goal.baseUnit !== null && ADDITIVE_UNITS.has(goal.baseUnit);
}

/**
 * (c) 序时进度 within the target year, from the latest cumulative part-year
 * figure. Rates and averages: behind when below the target rate (宣城:
 * "增幅低于目标任务"). Running totals: behind when the share of the annual
 * target done is below the share of the year gone (宣城: "进展情况占比低于
 * 91.7%" for January–November, 11/12); china-users.md §0.2 and §1.2.
 * Below schedule, the ratio to schedule is banded like the Eurostat ratio.
 */
export function xushiStatus(
  ctx: EvalContext,
  goal: Goal,
  part: { readonly figure: Figure; readonly months: number },
): TargetStatus {
  const { figure, months } = part;
  const elapsed = months / 12;
  const words = periodWords(months);
  const fig = figureWords(goal.measure, figure.value, figure.comparator, goal.fmt);
  const base = {
    method: 'xushi-progress' as const,
    observations: [figure.original],
  };
  const numbers = {
    ...goalNumbers(goal),
    latest_value: figure.value,
    latest_year: figure.year,
    latest_period: figure.period,
    latest_is_bound: figure.comparator !== '=' && figure.comparator !== '~',
    elapsed_share: elapsed,
  };
  const met = satisfiesObservation(figure, goal.bounds);

  if (!accumulates(goal, ctx.indicator?.unit_family ?? null)) {
    const ratio = met === true ? 1 : attainment(figure.value, goal.bounds);
    const status: StatusCode = met === true ? 'on-track' : bandBelowSchedule(ratio, ctx);
    const ahead = status === 'on-track' && aheadOfRate(figure.value, goal, ctx);
    const label = statusLabel(status, 'xushi-progress', { ahead });
    const gap = goal.isPercent ? pointGapWords(figure.value, goal.value) : null;
    const gapZh = gap === null ? '' : `，${gap.zh}`;
    const gapEn = gap === null ? '' : ` (${gap.en})`;
    return makeStatus({
      ...base,
      status,
      detail: { ahead },
      numbers: { ...numbers, ratio },
      zh: `${figure.year}年${words.zh}${ctx.name.zh}${fig.zh}，全年目标${goal.phrase.zh}${gapZh}，${label.zh}。`,
      en: `${ctx.name.en} ${words.en} of ${figure.year}: ${fig.en}, against a full-year target of ${goal.phrase.en}${gapEn}; ${label.en}.`,
    });
  }

  const share = goal.value !== 0 ? figure.value / goal.value : 0;
  let status: StatusCode;
  let ratio: number;
  if (goal.bounds.direction === 'down') {
    // A cap on a running total: once passed, the year cannot come back under it.
    ratio = share > 0 ? elapsed / share : Number.POSITIVE_INFINITY;
    status = met === false ? 'missed' : ratio >= 1 ? 'on-track' : bandBelowSchedule(ratio, ctx);
  } else {
    ratio = share / elapsed;
    status = met === true ? 'achieved' : ratio >= 1 ? 'on-track' : bandBelowSchedule(ratio, ctx);
  }
  const ahead = status === 'on-track' && ratio >= ctx.config.xushiAheadRatio;
  const early = status === 'achieved';
  const label = statusLabel(status, 'xushi-progress', { ahead, early });
  return makeStatus({
    ...base,
    status,
    detail: { ahead, early },
    numbers: { ...numbers, ratio: Number.isFinite(ratio) ? ratio : null, progress_share: share },
    zh: `${figure.year}年${words.zh}${ctx.name.zh}${fig.zh}，完成全年目标（${goal.phrase.zh}）的${percent(share * 100)}，序时进度${percent(elapsed * 100)}，${label.zh}。`,
    en: `${ctx.name.en} reached ${fig.en} ${words.en} of ${figure.year}, ${percent(share * 100)} of the full-year target (${goal.phrase.en}) with ${percent(elapsed * 100)} of the year gone: ${label.en}.`,
  });
}

/** A rate well past its target: above it × `xushiAheadRatio` going up, below ÷ it going down. */
function aheadOfRate(value: number, goal: Goal, ctx: EvalContext): boolean {
  const k = ctx.config.xushiAheadRatio;
  switch (goal.bounds.direction) {
    case 'up':
      return goal.value > 0 && value >= goal.value * k;
    case 'down':
      return value * k <= goal.value;
    case 'band':
      return false;
  }
}

/** Below the schedule line: at risk down to `atRiskRatio`, off track below it. */
function bandBelowSchedule(ratio: number, ctx: EvalContext): StatusCode {
  const band = bandOf(ratio, { onTrackRatio: 1, atRiskRatio: ctx.config.atRiskRatio });
  return band === 'on-track' ? 'at-risk' : band;
}
