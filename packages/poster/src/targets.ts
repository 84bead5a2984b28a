/**
 * The 目标 and 任务 lists: each target with its goal figure, deadline and status chip, and the
 * totals per status that head the section.
 */
import { ordinalEn, STATUS_CODES, type StatusCode } from '@lantu/core';
import { enFigure, plainNumber, scaledZh, zhFigure } from './figures.js';
import { whenText } from './period.js';
import { statusDetail, statusStyle } from './status-style.js';
import type { Bilingual, PosterRow, PosterStatusTotal, PosterTarget } from './types.js';

/** Rows on the poster; a work report's 主要预期目标 rarely has more. */
export const TARGET_LIMIT = 12;
export const MILESTONE_LIMIT = 8;

/** `全市生产总值增长` / `GDP growth`: the metric with the word its measure needs. */
function labelOf(row: PosterRow): Bilingual {
  const { metric, measure } = row.item;
  const en = row.indicator?.name_en ?? metric;
  switch (measure) {
    case 'increase':
      return {
        zh: /(?:增长|增加|提高)$/u.test(metric) ? metric : `${metric}增长`,
        en: `${en} growth`,
      };
    case 'decrease':
      return {
        zh: /(?:下降|减少|降低)$/u.test(metric) ? metric : `${metric}下降`,
        en: `${en} decline`,
      };
    case 'rank':
      return { zh: `${metric}排名`, en: `${en} rank` };
    case 'level':
    case null:
      return { zh: metric, en };
  }
}

/**
 * The latest figure the status rests on, in the item's unit where it has one
 * (`最新 7.9%（2025年）`); null when the status used none.
 */
function latestOf(row: PosterRow): Bilingual | null {
  const { latest_value: value, latest_year: year, latest_period: period } = row.status.numbers;
  if (value === null || year === null) return null;
  const { item } = row;
  const when = whenText(year, period);
  if (item.measure === 'rank') {
    return {
      zh: `最新 第${plainNumber(value)}位（${when.zh}）`,
      en: `Latest ${ordinalEn(value)} (${when.en})`,
    };
  }
  const factor =
    item.value !== null && item.base_value !== null && item.value !== 0 && item.unit !== null
      ? item.base_value / item.value
      : null;
  const zh =
    factor === null
      ? scaledZh(value, item.base_unit)
      : { value: plainNumber(value / factor), unit: item.unit ?? '' };
  const en = enFigure({
    ...item,
    comparator: '=',
    value: value / (factor ?? 1),
    base_value: value,
    value_max: null,
  });
  const bound = row.status.numbers.latest_is_bound;
  return {
    zh: `最新 ${bound ? '超' : ''}${zh.value}${zh.unit}（${when.zh}）`,
    en: `Latest ${bound ? '> ' : ''}${en === null ? plainNumber(value) : `${en.value}${en.unit}`} (${when.en})`,
  };
}

function toTarget(row: PosterRow): PosterTarget {
  const zh = row.item.kind === 'milestone' ? null : zhFigure(row.item);
  const en = row.item.kind === 'milestone' ? null : enFigure(row.item);
  return {
    kind: row.item.kind === 'milestone' ? 'milestone' : 'target',
    label: labelOf(row),
    goal: zh === null || en === null ? null : { zh, en },
    year: row.item.year,
    style: statusStyle(row.status.status),
    detail: statusDetail(row.status),
    latest: latestOf(row),
  };
}

/**
 * Orders rows as a reader meets deadlines: the nearest deadline year first (2026's annual
 * targets before 2030's), rows without a year last, then document order, then metric — so
 * the same rows always give the same poster.
 */
export function orderRows(rows: readonly PosterRow[]): PosterRow[] {
  return [...rows].sort(
    (a, b) =>
      (a.item.year ?? Infinity) - (b.item.year ?? Infinity) ||
      a.item.start - b.item.start ||
      a.item.metric.localeCompare(b.item.metric, 'zh'),
  );
}

/**
 * What a poster is shared for comes first: the rows with a verdict (已完成, 未完成, 滞后,
 * 按序时推进) before those not yet due or without data, each group in `orderRows` order. A
 * poster that lists 8 暂无数据 rows and leaves its one 未完成 unnamed tells nobody anything.
 */
export function leadWithVerdicts(rows: readonly PosterRow[]): PosterRow[] {
  const pending = (row: PosterRow) =>
    row.status.status === 'not-yet-due' || row.status.status === 'no-data' ? 1 : 0;
  return [...rows].sort((a, b) => pending(a) - pending(b));
}

/** Targets and milestones, verdicts first (`leadWithVerdicts`), cut to their limits. */
export function chooseTargets(rows: readonly PosterRow[]): {
  targets: PosterTarget[];
  targetsOmitted: number;
  milestones: PosterTarget[];
  milestonesOmitted: number;
} {
  const ordered = leadWithVerdicts(orderRows(rows.filter((row) => row.item.kind !== 'actual')));
  const targets = ordered.filter((row) => row.item.kind === 'target');
  const milestones = ordered.filter((row) => row.item.kind === 'milestone');
  return {
    targets: targets.slice(0, TARGET_LIMIT).map(toTarget),
    targetsOmitted: Math.max(0, targets.length - TARGET_LIMIT),
    milestones: milestones.slice(0, MILESTONE_LIMIT).map(toTarget),
    milestonesOmitted: Math.max(0, milestones.length - MILESTONE_LIMIT),
  };
}

/** Rows per status over all targets and milestones (also those left off), zeros left out. */
export function statusTotals(rows: readonly PosterRow[]): PosterStatusTotal[] {
  const counts = new Map<StatusCode, number>();
  for (const row of rows) {
    if (row.item.kind === 'actual') continue;
    counts.set(row.status.status, (counts.get(row.status.status) ?? 0) + 1);
  }
  return STATUS_CODES.flatMap((status) => {
    const count = counts.get(status) ?? 0;
    return count === 0 ? [] : [{ style: statusStyle(status), count }];
  });
}
