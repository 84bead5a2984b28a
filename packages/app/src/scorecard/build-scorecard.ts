import {
  createFigureCache,
  evaluateTarget,
  STATUS_CODES,
  type FigureCache,
  type Indicator,
  type StatusCode,
} from '@lantu/core';
import type { AppContext } from '../app-context.js';
import { resolveAsOf } from '../as-of.js';
import type { Scorecard, ScorecardFilter, ScorecardRow } from '../types.js';
import { storedScorecard, storeEvaluated } from '../statuses/stored-scorecard.js';
import { crossDocumentFindings, type CrossDocumentFindings } from './cross-document.js';
import { assertScorecardFilter } from './filter-checks.js';
import { claimCandidates } from './claim-candidates.js';
import { loadObservations, seriesKey } from './observation-rows.js';
import { arrangeSeries, figuresForMeasure, type SeriesFigures } from './series-figures.js';
import { loadTargetRecords, type TargetQuery, type TargetRecord } from './target-rows.js';

/**
 * The scorecard: every target and milestone matching the filter, with its status as of
 * `filter.asOf` (default the app's date). Two queries do the reading whatever the size:
 * one for the items with their documents and sections, one for the observations of the
 * series they are linked to. Statuses are computed for every matching row, since the
 * totals and the status filter need them; only then is the page cut.
 *
 * A page of one jurisdiction (no other filter than status, limit and offset) is read from
 * the statuses stored for that date when every one of its rows has one (see
 * statuses/stored-scorecard.ts); otherwise it is computed as above and stored for next time.
 *
 * `totals` counts the rows matching every filter field except `status`, so a status
 * filter narrows `rows` and `total` while the totals still show the whole picture.
 */
export async function buildScorecard(
  ctx: AppContext,
  filter: ScorecardFilter = {},
): Promise<Scorecard> {
  assertScorecardFilter(filter);
  const asOf = filter.asOf === undefined ? ctx.asOf : resolveAsOf(filter.asOf, () => new Date());
  const jurisdiction =
    filter.jurisdiction === undefined
      ? undefined
      : (await ctx.store.jurisdictions.resolve(filter.jurisdiction)).code;
  const whole = jurisdiction !== undefined && !isNarrowed(filter);
  if (readsStored(filter)) {
    const stored = await storedScorecard(ctx, jurisdiction, asOf, filter);
    if (stored !== null) return stored;
  }
  const plan = filter.plan === undefined ? undefined : await ctx.store.plans.get(filter.plan);
  const query: TargetQuery = {
    jurisdictions: jurisdiction === undefined ? undefined : [jurisdiction],
    documentId: filter.documentId,
    ...(plan === undefined
      ? {}
      : {
          documentIds: plan.documents.filter((d) => d.role === 'plan').map((d) => d.document_id),
          yearRange: [plan.start_year, plan.end_year] as const,
        }),
    kinds: filter.kind === undefined ? ['target', 'milestone'] : [filter.kind],
    indicator: filter.indicator,
    year: filter.year,
    q: filter.q,
  };
  const records = await loadTargetRecords(ctx, query);
  const evaluated = await evaluateRecords(ctx, records, asOf, await indicatorsByCode(ctx), (r) =>
    contextTargets(ctx, filter, r),
  );
  if (whole) await storeEvaluated(ctx, asOf, new Map([[jurisdiction, evaluated]]));
  const { all, findings } = evaluated;
  const totals = Object.fromEntries(STATUS_CODES.map((code) => [code, 0])) as Record<
    StatusCode,
    number
  >;
  for (const row of all) totals[row.status.status] += 1;
  const matching =
    filter.status === undefined ? all : all.filter((r) => r.status.status === filter.status);
  const offset = filter.offset ?? 0;
  const rows = matching.slice(
    offset,
    filter.limit === undefined ? undefined : offset + filter.limit,
  );
  return {
    as_of: asOf,
    rows,
    total: matching.length,
    totals,
    goalpost_changes: findings.goalpostChanges,
    retired_targets: findings.retiredTargets,
    claim_conflicts: findings.claimConflicts,
  };
}

/** Every row of a scope with its status, and the scope's cross-document findings. */
export interface EvaluatedScope {
  readonly all: ScorecardRow[];
  readonly findings: CrossDocumentFindings;
}

/**
 * Evaluates `records` (already in scorecard order): reads the observations of the series
 * they are linked to, computes every status, and runs the cross-document detectors over
 * `context(records)`. The live scorecard and the stored statuses both come from here.
 */
export async function evaluateRecords(
  ctx: AppContext,
  records: readonly TargetRecord[],
  asOf: string,
  indicators: ReadonlyMap<string, Indicator>,
  context: (records: readonly TargetRecord[]) => Promise<readonly TargetRecord[]>,
): Promise<EvaluatedScope> {
  const series = new Set<string>();
  for (const { item } of records) {
    if (item.indicator_code !== null && item.jurisdiction_code !== null) {
      series.add(seriesKey(item.indicator_code, item.jurisdiction_code));
    }
  }
  const observations = await loadObservations(ctx, series);
  const arranged = new Map<string, SeriesFigures>();
  for (const [key, list] of observations) arranged.set(key, arrangeSeries(list));
  // Targets of one series and measure share one figure list, so its figures are built once.
  const figureCache = createFigureCache();
  const all = records.map((record) =>
    evaluateRecord(record, indicators, arranged, asOf, figureCache),
  );
  const findings = crossDocumentFindings(
    await context(records),
    claimCandidates([...observations.values()].flat()),
    series,
  );
  return { all, findings };
}

/**
 * Whether a page can be read from the stored statuses: of one jurisdiction or of the
 * whole store, narrowed at most by status, year and kind (columns the stored rows join).
 */
export function readsStored(filter: ScorecardFilter): boolean {
  return (
    filter.documentId === undefined &&
    filter.plan === undefined &&
    filter.indicator === undefined &&
    (filter.q === undefined || filter.q.trim() === '')
  );
}

/** Whether the filter narrows a jurisdiction's rows (status, limit and offset do not). */
function isNarrowed(filter: ScorecardFilter): boolean {
  return (
    filter.documentId !== undefined ||
    filter.plan !== undefined ||
    filter.kind !== undefined ||
    filter.indicator !== undefined ||
    filter.year !== undefined ||
    (filter.q !== undefined && filter.q.trim() !== '')
  );
}

/** One row: the record and its status by the method its wording calls for. */
function evaluateRecord(
  record: TargetRecord,
  indicators: ReadonlyMap<string, Indicator>,
  series: ReadonlyMap<string, SeriesFigures>,
  asOf: string,
  figureCache: FigureCache,
): ScorecardRow {
  const { item } = record;
  const indicator =
    item.indicator_code === null ? null : (indicators.get(item.indicator_code) ?? null);
  // A milestone is judged on completion reports, which are not observations.
  const figures =
    item.indicator_code === null || item.jurisdiction_code === null || item.kind === 'milestone'
      ? []
      : figuresForMeasure(
          series.get(seriesKey(item.indicator_code, item.jurisdiction_code)),
          item.measure,
        );
  return {
    item,
    document: record.document,
    section: record.section,
    indicator:
      indicator === null
        ? null
        : { code: indicator.code, name_zh: indicator.name_zh, name_en: indicator.name_en },
    status: evaluateTarget({ target: item, indicator, observations: figures, asOf, figureCache }),
  };
}

export async function indicatorsByCode(ctx: AppContext): Promise<Map<string, Indicator>> {
  return new Map((await ctx.store.indicators.list()).map((i) => [i.code, i]));
}

/**
 * The targets goal-post and drop detection compare: every linked target of the
 * jurisdictions the rows belong to. When the filter names at most a jurisdiction the
 * rows already are that set; otherwise (one document, one year …) it is read again,
 * because a change is only visible next to the other documents' versions.
 */
async function contextTargets(
  ctx: AppContext,
  filter: ScorecardFilter,
  records: readonly TargetRecord[],
): Promise<readonly TargetRecord[]> {
  if (!isNarrowed(filter)) return records.filter((r) => r.item.kind === 'target');
  const jurisdictions = [
    ...new Set(
      records.flatMap((r) =>
        r.item.indicator_code !== null && r.item.jurisdiction_code !== null
          ? [r.item.jurisdiction_code]
          : [],
      ),
    ),
  ];
  if (jurisdictions.length === 0) return [];
  return loadTargetRecords(ctx, { jurisdictions, kinds: ['target'], linkedOnly: true });
}
