import { satisfiesObservation } from './bounds.js';
import { isYearFigureDue, asOfText } from './calendar.js';
import { makeStatus, type EvalContext } from './context.js';
import {
  decideYear,
  figuresFor,
  pickFigure,
  wholeYear,
  type Figure,
  type ScopedObservation,
} from './figures.js';
import { goalNumbers, type Goal } from './goal.js';
import { partYearMonths } from './period.js';
import { figureWords } from './phrases.js';
import { statusLabel } from './status-labels.js';
import type { TargetStatus } from './types.js';

/**
 * Whether two ranking scopes are the same ranking. Scopes are written
 * loosely (全国 / 全国县（市）/ 全国县（市、区）), so they are compared on their
 * geographic head: the text before any bracket, with 中国 read as 全国, must
 * share its first two characters. A missing scope matches anything.
 */
export function sameRankScope(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null || a === '' || b === '') return true;
  const head = (s: string): string =>
    s.normalize('NFKC').replace(/\(.*$/u, '').replace(/^中国/u, '全国').slice(0, 2);
  return head(a) === head(b);
}

/**
 * (d) Rank targets (第1位, 前三名): a place is met when it is at or above the
 * target place (a lower number). At or after the deadline: achieved or
 * missed on the deadline year's rank. Before: on track when the latest rank
 * already meets the target, at risk when it does not — a place is not a
 * quantity, so no growth ratio applies.
 */
export function rankStatus(ctx: EvalContext, goal: Goal): TargetStatus {
  const scope = ctx.item.scope;
  const scoped = ctx.observations.filter((o) =>
    sameRankScope(scope, (o as ScopedObservation).scope),
  );
  const figures = figuresFor(ctx.item.base_unit, 'rank', scoped, ctx.asOf.year);
  const scopeZh = scope ?? '';
  const scopeEn = scope === null ? '' : ` (${scope})`;

  const final = decideYear(wholeYear(figures, goal.year), goal.bounds);
  if (final !== null) {
    const status = final.met ? 'achieved' : 'missed';
    return rankResult(ctx, goal, final.figure, status, scopeZh, scopeEn);
  }
  if (isYearFigureDue(goal.year, ctx.asOf, ctx.config.annualDataLagMonths)) {
    return makeStatus({
      status: 'no-data',
      method: 'rank',
      numbers: goalNumbers(goal),
      zh: `截至${asOfText(ctx.asOf).zh}未见${ctx.name.zh}${goal.year}年${scopeZh}排名，无法判断是否完成。`,
      en: `No ${goal.year} ranking${scopeEn} for ${ctx.name.en} as of ${asOfText(ctx.asOf).en}.`,
    });
  }
  const latest = latestRank(figures, goal.year);
  if (latest === null) {
    return makeStatus({
      status: 'not-yet-due',
      method: 'rank',
      numbers: goalNumbers(goal),
      zh: `${goal.year}年目标${ctx.name.zh}居${scopeZh}${goal.phrase.zh}，尚未到期，暂无排名数据。`,
      en: `The ${goal.year} target for ${ctx.name.en} (${goal.phrase.en}${scopeEn}) is not due and no ranking is out yet.`,
    });
  }
  const met = satisfiesObservation(latest, goal.bounds) === true;
  return rankResult(ctx, goal, latest, met ? 'on-track' : 'at-risk', scopeZh, scopeEn);
}

/** The most recent rank up to the deadline, whole-year or cumulative part-year. */
function latestRank(figures: readonly Figure[], deadline: number): Figure | null {
  const usable = figures.filter(
    (f) => f.year <= deadline && (f.period === null || partYearMonths(f.period) !== null),
  );
  const order = (f: Figure): number => f.year * 100 + (partYearMonths(f.period) ?? 12);
  let best = -1;
  for (const f of usable) best = Math.max(best, order(f));
  return pickFigure(usable.filter((f) => order(f) === best));
}

function rankResult(
  ctx: EvalContext,
  goal: Goal,
  figure: Figure,
  status: 'achieved' | 'missed' | 'on-track' | 'at-risk',
  scopeZh: string,
  scopeEn: string,
): TargetStatus {
  const label = statusLabel(status, 'rank');
  const fig = figureWords('rank', figure.value, figure.comparator, goal.fmt);
  const when = figure.period === null ? `${figure.year}年` : `${figure.year}年${figure.period}`;
  // The figure's own scope, word for word (全国县（市）第1位 is not 全国第1位).
  const own = (figure.original as ScopedObservation).scope;
  const figureZh = own == null || own === '' ? scopeZh : own;
  const figureEn = own == null || own === '' ? scopeEn : ` (${own})`;
  const goalZh = scopeZh === figureZh ? '' : `居${scopeZh}`;
  return makeStatus({
    status,
    method: 'rank',
    numbers: {
      ...goalNumbers(goal),
      latest_value: figure.value,
      latest_year: figure.year,
      latest_period: figure.period,
      latest_is_bound: figure.comparator !== '=',
    },
    zh: `${when}${ctx.name.zh}居${figureZh}${fig.zh}，${goal.year}年目标${goalZh}${goal.phrase.zh}，${label.zh}。`,
    en: `${ctx.name.en} in ${figure.period === null ? '' : `${figure.period} `}${figure.year}: ${fig.en}${figureEn}, against a ${goal.year} target of ${goal.phrase.en}${figureEn === scopeEn ? '' : scopeEn}; ${label.en}.`,
    observations: [figure.original],
  });
}
