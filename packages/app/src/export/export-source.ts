import { LantuError, STATUS_CODES, type StatusCode } from '@lantu/core';
import type { StatusExportScope, StatusGroup, StatusGroupKey } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { resolveAsOf } from '../as-of.js';
import { buildScorecard, indicatorsByCode, readsStored } from '../scorecard/build-scorecard.js';
import type { CrossDocumentFindings } from '../scorecard/cross-document.js';
import { refreshStatuses } from '../statuses/refresh-statuses.js';
import type { Scorecard, ScorecardFilter, ScorecardRow } from '../types.js';
import { orderRows, type ExportDirection, type ExportSort } from './export-order.js';
import { groupKeyOf, planExport, type WindowLimits } from './export-windows.js';
import type { JsonHead } from './json-stream.js';
import { progressExportRows } from './progress-export-rows.js';
import { storedExportRows } from './stored-export-rows.js';

/**
 * Rows one export may hold when they cannot be streamed from stored statuses (items
 * without a jurisdiction, whose statuses are never stored): those are computed and ordered
 * in memory, so they keep the bound every export had before exports streamed.
 */
export const LIVE_EXPORT_MAX_ROWS = 20_000;

/** One read of a streamed export: rows sorted in memory at once, documents in one `in`. */
export const EXPORT_WINDOW: WindowLimits = { rows: 500, documents: 200 };

/** What an export writes: its date, counts, and its rows read as they are written. */
export interface ExportSource {
  readonly asOf: string;
  /** Rows the file will hold. */
  readonly total: number;
  /** Rows per status over the filter without its status (the 汇总 sheet). */
  totals(): Promise<Record<StatusCode, number>>;
  /** The scorecard without its rows, as /api/scorecard answers it (for the JSON file). */
  head(): Promise<JsonHead>;
  /** The rows in the screen's order for `sort`, or the scorecard's. */
  rows(): AsyncIterable<ScorecardRow> | Iterable<ScorecardRow>;
}

export interface ExportOrder {
  readonly sort?: ExportSort | undefined;
  readonly direction?: ExportDirection | undefined;
  /** Rows one export may hold (INPUT_INVALID beyond). */
  readonly maxRows: number;
  /** How much one read holds; tests make it tiny to exercise every kind of read. */
  readonly window?: WindowLimits | undefined;
}

function tooMany(total: number, max: number): LantuError {
  return new LantuError(
    'INPUT_INVALID',
    `导出范围内有${total}项，超过单次导出上限${max}项，请按地区、文件、年份或状态筛选后分批导出` +
      ` (${total} rows match, more than the ${max} one export may hold: narrow the filter by place, document, year or status)`,
  );
}

/** The filter's SQL side over stored statuses, as buildScorecard reads it live. */
async function exportScope(
  ctx: AppContext,
  filter: ScorecardFilter,
  asOf: string,
): Promise<StatusExportScope> {
  const jurisdiction =
    filter.jurisdiction === undefined
      ? undefined
      : (await ctx.store.jurisdictions.resolve(filter.jurisdiction)).code;
  const plan = filter.plan === undefined ? undefined : await ctx.store.plans.get(filter.plan);
  const documents = [
    ...(filter.documentId === undefined ? [] : [[filter.documentId]]),
    ...(plan === undefined
      ? []
      : [plan.documents.filter((d) => d.role === 'plan').map((d) => d.document_id)]),
  ];
  return {
    asOf,
    kinds: filter.kind === undefined ? ['target', 'milestone'] : [filter.kind],
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
    // A document and a plan both given: only the document, if it is one of the plan's.
    ...(documents.length === 0
      ? {}
      : { documentIds: documents.reduce((a, b) => a.filter((id) => b.includes(id))) }),
    ...(plan === undefined ? {} : { yearRange: [plan.start_year, plan.end_year] as const }),
    ...(filter.indicator === undefined ? {} : { indicator: filter.indicator }),
    ...(filter.year === undefined ? {} : { year: filter.year }),
    ...(filter.q === undefined ? {} : { q: filter.q }),
    ...(filter.status === undefined ? {} : { status: filter.status }),
  };
}

/**
 * Stores the statuses the scope lacks, of jurisdictions that lack some (as the server does
 * at start and every jurisdiction page does after a write); false when that cannot be
 * done: items without a jurisdiction never get one stored, nor does another date.
 */
async function storeMissing(ctx: AppContext, scope: StatusExportScope): Promise<boolean> {
  const missing = await ctx.store.statuses.unstored(scope);
  if (missing.some((m) => m.jurisdiction_code === null) || scope.asOf !== ctx.asOf) return false;
  const jurisdictions = missing.flatMap((m) =>
    m.jurisdiction_code === null ? [] : [m.jurisdiction_code],
  );
  await refreshStatuses(ctx, { asOf: scope.asOf, jurisdictions, missingOnly: true });
  return true;
}

/**
 * The scope's rows counted per document, status and key (one pass over the scope, which
 * also finds rows without a stored status): null when some row has none and it cannot be
 * stored.
 */
async function countedGroups(
  ctx: AppContext,
  scope: StatusExportScope,
  by: StatusGroupKey | undefined,
): Promise<StatusGroup[] | null> {
  const { status: _counted, ...unfiltered } = scope;
  const groups = await ctx.store.statuses.exportGroups(unfiltered, by);
  if (groups.every((g) => g.status !== null)) return groups;
  if (!(await storeMissing(ctx, unfiltered))) return null;
  const again = await ctx.store.statuses.exportGroups(unfiltered, by);
  return again.every((g) => g.status !== null) ? again : null;
}

/**
 * The findings stored for the scope, one kind at a time, read a few jurisdictions at a
 * time: what a stored scorecard page merges (statuses/stored-scorecard.ts), never whole.
 */
function storedFindings(
  ctx: AppContext,
  scope: StatusExportScope,
  kind: keyof CrossDocumentFindings,
): AsyncIterable<unknown> {
  return {
    async *[Symbol.asyncIterator]() {
      const all = ctx.store.statuses.exportFindings<CrossDocumentFindings>(
        scope.asOf,
        scope.jurisdiction,
      );
      for await (const findings of all) yield* findings[kind];
    },
  };
}

/** The head of a scorecard as /api/scorecard gives it: counts and findings, no rows. */
async function scorecardHead(
  ctx: AppContext,
  filter: ScorecardFilter,
): Promise<Omit<Scorecard, 'rows'>> {
  const { rows: _none, ...head } = await buildScorecard(ctx, { ...filter, limit: 0, offset: 0 });
  return head;
}

/**
 * Where an export's rows come from. Normally the stored statuses, streamed window by
 * window in the order asked for (the sort pushed into the reads: see export-windows.ts;
 * progress in two passes: see progress-export-rows.ts), with counts from SQL. Only when
 * some row cannot have a stored status is the scorecard computed in memory, and then
 * LIVE_EXPORT_MAX_ROWS bounds it.
 */
export async function exportSource(
  ctx: AppContext,
  filter: ScorecardFilter,
  order: ExportOrder,
): Promise<ExportSource> {
  const asOf = filter.asOf === undefined ? ctx.asOf : resolveAsOf(filter.asOf, () => new Date());
  const direction = order.direction ?? 'asc';
  const scope = await exportScope(ctx, filter, asOf);
  const by = order.sort === 'progress' ? undefined : groupKeyOf(order.sort);
  const counted = await countedGroups(ctx, scope, by);
  if (counted === null) return liveSource(ctx, filter, order);
  const groups = counted.filter((g) => scope.status === undefined || g.status === scope.status);
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  if (total > order.maxRows) throw tooMany(total, order.maxRows);
  const totals = Object.fromEntries(STATUS_CODES.map((code) => [code, 0])) as Record<
    StatusCode,
    number
  >;
  for (const g of counted) if (g.status !== null) totals[g.status] += g.count;
  return {
    asOf,
    total,
    totals: () => Promise.resolve(totals),
    // A filter the stored scorecard serves has the scope's stored findings, read as the
    // file is written; others (a document, a plan, an indicator, a text) are computed.
    head: () =>
      readsStored(filter)
        ? Promise.resolve({
            as_of: asOf,
            total,
            totals,
            goalpost_changes: storedFindings(ctx, scope, 'goalpostChanges'),
            retired_targets: storedFindings(ctx, scope, 'retiredTargets'),
            claim_conflicts: storedFindings(ctx, scope, 'claimConflicts'),
          })
        : scorecardHead(ctx, filter),
    async *rows() {
      const indicators = await indicatorsByCode(ctx);
      const window = order.window ?? EXPORT_WINDOW;
      if (order.sort === 'progress') {
        yield* progressExportRows(ctx, scope, groups, direction, indicators, window);
      } else {
        const plan = planExport(groups, order.sort, direction, window);
        yield* storedExportRows(ctx, scope, plan, indicators, window.rows);
      }
    },
  };
}

/** The scorecard computed and ordered in memory, as exports were before they streamed. */
async function liveSource(
  ctx: AppContext,
  filter: ScorecardFilter,
  order: ExportOrder,
): Promise<ExportSource> {
  const max = Math.min(order.maxRows, LIVE_EXPORT_MAX_ROWS);
  const { total } = await buildScorecard(ctx, { ...filter, limit: 0, offset: 0 });
  if (total > max) throw tooMany(total, max);
  const { rows, ...head } = await buildScorecard(ctx, {
    ...filter,
    limit: undefined,
    offset: undefined,
  });
  const ordered =
    order.sort === undefined ? rows : orderRows(rows, order.sort, order.direction ?? 'asc');
  return {
    asOf: head.as_of,
    total: rows.length,
    totals: () => Promise.resolve(head.totals),
    head: () => Promise.resolve(head),
    rows: () => ordered,
  };
}
