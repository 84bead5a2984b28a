import { LantuError } from '../errors.js';
import type { Item } from '../model/item.js';
import { isYearFigureDue, parseAsOf, type AsOf } from './calendar.js';
import { resolveConfig } from './config.js';
import { makeStatus, type EvalContext } from './context.js';
import {
  annualChangeStatus,
  cumulativeChangeStatus,
  isCumulativeChange,
  levelStatus,
} from './evaluate-quantity.js';
import { unitDisplayOf, type UnitDisplay } from './format.js';
import { formatterFor, makeGoal, type GoalTerms } from './goal.js';
import { milestoneStatus } from './method-milestone.js';
import { rankStatus } from './method-rank.js';
import { recurringStatus } from './method-recurring.js';
import type { EvaluateInput, TargetStatus } from './types.js';

/**
 * The status of one target as of a date, by the method its wording calls
 * for (docs/status-method.md):
 * - milestone → `milestone`;
 * - rank (第1位, 前三名) → `rank`;
 * - 每年/年均 → `recurring-annual`;
 * - a multi-year change (翻一番) → restated as a level;
 * - a one-year change (增长15%) → `deadline-comparator` / `xushi-progress`;
 * - a level → `deadline-comparator` at the deadline, `xushi-progress` within
 *   the deadline year, `eurostat-cagr-ratio` (or `linear-ratio` for %) before.
 *
 * Pure: the same input gives the same status. Throws LantuError
 * INPUT_INVALID for an `actual` item, a malformed date or config; a target
 * without a value or year is returned as no-data, since that is a reading gap.
 */
export function evaluateTarget(input: EvaluateInput): TargetStatus {
  const config = resolveConfig(input.config);
  const asOf = parseAsOf(input.asOf);
  return markedOverdue(
    statusOf(input, config, asOf),
    input.target,
    asOf,
    config.annualDataLagMonths,
  );
}

/**
 * 逾期未报: a target whose deadline has passed (its year's figure is due, the data lag
 * included) and that still has no figure keeps the status 暂无数据 — nothing says whether
 * it was met — but says so in its word: overdue and unreported is not the same as a target
 * whose figures are merely not out yet (issue 8: targets due 2021–2024 showed as plain 暂无数据).
 */
function markedOverdue(
  status: TargetStatus,
  item: Item,
  asOf: AsOf,
  lagMonths: number,
): TargetStatus {
  if (status.status !== 'no-data' || item.year === null) return status;
  if (!isYearFigureDue(item.year, asOf, lagMonths)) return status;
  return { ...status, label: { zh: '逾期未报', en: 'overdue, not reported' } };
}

function statusOf(
  input: EvaluateInput,
  config: ReturnType<typeof resolveConfig>,
  asOf: AsOf,
): TargetStatus {
  const item = input.target;
  if (item.kind === 'actual') {
    throw new LantuError(
      'INPUT_INVALID',
      'evaluateTarget takes a target or milestone, not an actual.',
    );
  }
  const indicator = input.indicator ?? null;
  const ctx: EvalContext = {
    item,
    indicator,
    polarity: input.polarity ?? indicator?.polarity,
    config,
    asOf,
    observations: input.observations,
    figureCache: input.figureCache,
    evidence: input.evidence ?? [],
    baselineYear: input.baselineYear,
    name: { zh: item.metric, en: indicator?.name_en ?? item.metric },
  };
  if (item.kind === 'milestone') return milestoneStatus(ctx);
  if (item.year === null || item.base_value === null) {
    return makeStatus({
      status: 'no-data',
      method: 'none',
      zh: `目标“${item.metric}”缺少数值或年份，无法评估。`,
      en: `The target "${item.metric}" has no value or no year, so it cannot be judged.`,
    });
  }
  const display = unitDisplayOf(item);
  const terms: GoalTerms = {
    measure: item.measure ?? 'level',
    comparator: item.comparator ?? '=',
    value: item.base_value,
    valueMax: item.value_max === null ? null : item.value_max * display.factor,
    year: item.year,
    baseUnit: item.base_unit,
    fmt: formatterFor(display),
    baseline: statedBaseline(item, display),
  };
  switch (terms.measure) {
    case 'rank':
      return rankStatus(ctx, makeGoal(ctx, terms));
    case 'level':
      return item.recurring
        ? recurringStatus(ctx, makeGoal(ctx, terms))
        : levelStatus(ctx, makeGoal(ctx, terms));
    case 'increase':
    case 'decrease':
      if (item.recurring) return recurringStatus(ctx, makeGoal(ctx, terms));
      return isCumulativeChange(item)
        ? cumulativeChangeStatus(ctx, terms)
        : annualChangeStatus(ctx, makeGoal(ctx, terms));
  }
}

/**
 * The base a target states (`比2020年…`, `从3006亿元…`), in base units when
 * its unit is the item's own (or unwritten); a value in another unit is
 * dropped and looked up from observations instead.
 */
function statedBaseline(item: Item, display: UnitDisplay): GoalTerms['baseline'] {
  const b = item.baseline;
  if (b === null || b.year === null) return null;
  const sameUnit = b.unit === null || b.unit === item.unit;
  return { value: b.value !== null && sameUnit ? b.value * display.factor : null, year: b.year };
}
