import type { ScorecardRow } from '@lantu/app';
import { SEED_INDICATORS, type Indicator } from '@lantu/core';
import type { Headline } from '../schemas/overview.js';

/** Catalog position: the seed catalog is ordered by importance (GDP first). */
const IMPORTANCE = new Map(SEED_INDICATORS.map((indicator, index) => [indicator.code, index]));

/**
 * The headline indicators: each linked indicator with a target that has both a target value
 * and a latest figure, measured against its current target, in catalog order (user-added
 * indicators after the seeded ones).
 */
export function selectHeadline(
  rows: readonly ScorecardRow[],
  indicators: readonly Indicator[],
  asOf: string,
): Headline[] {
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const best = new Map<string, ScorecardRow>();
  for (const row of rows) {
    const indicator = row.indicator === null ? undefined : byCode.get(row.indicator.code);
    if (indicator === undefined || figures(row) === null) continue;
    const current = best.get(indicator.code);
    if (current === undefined || preferred(row, current, Number(asOf.slice(0, 4)))) {
      best.set(indicator.code, row);
    }
  }
  return [...best.entries()]
    .sort(([a], [b]) => importance(a) - importance(b) || a.localeCompare(b))
    .flatMap(([code, row]) => {
      const indicator = byCode.get(code);
      const numbers = figures(row);
      return indicator === undefined || numbers === null
        ? []
        : [toHeadline(row, indicator, numbers)];
    });
}

function importance(code: string): number {
  return IMPORTANCE.get(code) ?? Number.MAX_SAFE_INTEGER;
}

/** The three numbers a headline needs, or null when the row lacks one. */
interface Figures {
  readonly latestValue: number;
  readonly latestYear: number;
  readonly targetValue: number;
}

function figures(row: ScorecardRow): Figures | null {
  const { latest_value, latest_year, target_value } = row.status.numbers;
  if (latest_value === null || latest_year === null || target_value === null) return null;
  return { latestValue: latest_value, latestYear: latest_year, targetValue: target_value };
}

/**
 * The current target wins: the nearest deadline not yet past, else the latest past one;
 * between equal deadlines, the newer document (a later plan restates the goal).
 */
function preferred(row: ScorecardRow, than: ScorecardRow, year: number): boolean {
  const a = row.status.numbers.target_year ?? row.item.year ?? 0;
  const b = than.status.numbers.target_year ?? than.item.year ?? 0;
  if (a !== b) {
    const aOpen = a >= year;
    const bOpen = b >= year;
    if (aOpen !== bOpen) return aOpen;
    return aOpen ? a < b : a > b;
  }
  return (row.document.date ?? '') > (than.document.date ?? '');
}

function toHeadline(row: ScorecardRow, indicator: Indicator, figures: Figures): Headline {
  const n = row.status.numbers;
  const unit = latestUnit(row) ?? indicator.base_unit;
  return {
    indicator,
    latest: {
      value: figures.latestValue,
      year: figures.latestYear,
      period: n.latest_period,
      is_bound: n.latest_is_bound,
      unit,
    },
    target: {
      item_id: row.item.id,
      document_id: row.item.document_id,
      metric: row.item.metric,
      text: row.item.text,
      comparator: row.item.comparator,
      value: figures.targetValue,
      value_max: n.target_value_max,
      year: n.target_year,
      unit,
    },
    status: row.status,
  };
}

/** Status numbers are in base units; the observation the latest figure came from names it. */
function latestUnit(row: ScorecardRow): string | null | undefined {
  const n = row.status.numbers;
  const latest = row.status.observations.find(
    (o) => o.year === n.latest_year && o.period === n.latest_period,
  );
  return latest?.base_unit;
}
