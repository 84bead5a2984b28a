import type { StatusInput } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import type { EvaluatedScope } from '../scorecard/build-scorecard.js';
import { indicatorsByCode } from '../scorecard/build-scorecard.js';
import type { CrossDocumentFindings } from '../scorecard/cross-document.js';
import { loadTargetRecords } from '../scorecard/target-rows.js';
import type { Scorecard, ScorecardFilter, ScorecardRow } from '../types.js';

/**
 * One jurisdiction's scorecard page (or the whole store's, when `jurisdiction` is
 * undefined) from the statuses stored for `asOf`, or null when they are not all there:
 * the stored rows must number exactly the scope's targets and milestones (a cheap count
 * on both sides) and its findings must be stored. Every write through the app drops what
 * it may have changed, so a full set is fresh. The totals are a SQL `GROUP BY`, and only
 * the page's rows are read, so the cost does not grow with the store. A year or kind
 * filter narrows rows and totals; the findings stay those of the whole scope.
 */
export async function storedScorecard(
  ctx: AppContext,
  jurisdiction: string | undefined,
  asOf: string,
  filter: ScorecardFilter,
): Promise<Scorecard | null> {
  const statuses = ctx.store.statuses;
  const [stored, expected] = await Promise.all([
    statuses.count(jurisdiction, asOf),
    scopeCount(ctx, jurisdiction),
  ]);
  if (stored !== expected) return null;
  // Statuses and findings of a jurisdiction are stored (and dropped) together, so when
  // every status is there, so are the findings.
  const findings =
    jurisdiction === undefined
      ? mergeFindings(await statuses.allFindings<CrossDocumentFindings>(asOf))
      : await statuses.findings<CrossDocumentFindings>(jurisdiction, asOf);
  if (findings === null) return null;
  const page = await statuses.page(jurisdiction, asOf, {
    limit: filter.limit,
    offset: filter.offset,
    status: filter.status,
    year: filter.year,
    kind: filter.kind,
  });
  const ids = page.rows.map((r) => r.item_id);
  const [records, indicators] = await Promise.all([
    ids.length === 0
      ? Promise.resolve([])
      : loadTargetRecords(ctx, { ids, kinds: ['target', 'milestone'] }),
    indicatorsByCode(ctx),
  ]);
  const byId = new Map(records.map((r) => [r.item.id, r]));
  const rows: ScorecardRow[] = [];
  for (const { item_id, status } of page.rows) {
    const record = byId.get(item_id);
    if (record === undefined) return null; // changed under us: compute live instead
    const { item } = record;
    const indicator =
      item.indicator_code === null ? null : (indicators.get(item.indicator_code) ?? null);
    rows.push({
      item,
      document: record.document,
      section: record.section,
      indicator:
        indicator === null
          ? null
          : { code: indicator.code, name_zh: indicator.name_zh, name_en: indicator.name_en },
      status,
    });
  }
  return {
    as_of: asOf,
    rows,
    total: page.total,
    totals: page.totals,
    goalpost_changes: findings.goalpostChanges,
    retired_targets: findings.retiredTargets,
    claim_conflicts: findings.claimConflicts,
  };
}

/** Stores the statuses and findings of whole jurisdictions, evaluated as of `asOf`. */
export async function storeEvaluated(
  ctx: AppContext,
  asOf: string,
  scopes: ReadonlyMap<string, EvaluatedScope>,
): Promise<void> {
  const statuses: StatusInput[] = [];
  const findings = new Map<string, CrossDocumentFindings>();
  for (const [jurisdiction, scope] of scopes) {
    for (const row of scope.all) {
      statuses.push({
        item_id: row.item.id,
        jurisdiction_code: jurisdiction,
        document_id: row.item.document_id,
        idx: row.item.idx,
        status: row.status,
      });
    }
    findings.set(jurisdiction, scope.findings);
  }
  await ctx.store.statuses.putMany(asOf, statuses, findings);
}

/**
 * The jurisdiction's (or the whole store's) targets and milestones a scorecard shows
 * (rejected ones left out). Items without a jurisdiction count too: their statuses are
 * never stored, so a store that has some is always computed live.
 */
async function scopeCount(ctx: AppContext, jurisdiction: string | undefined): Promise<number> {
  let q = ctx.db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('kind', 'in', ['target', 'milestone'])
    .where('review_state', '!=', 'rejected');
  if (jurisdiction !== undefined) q = q.where('jurisdiction_code', '=', jurisdiction);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The findings of every jurisdiction as one scope's. */
function mergeFindings(all: readonly CrossDocumentFindings[]): CrossDocumentFindings {
  return {
    goalpostChanges: all.flatMap((f) => f.goalpostChanges),
    retiredTargets: all.flatMap((f) => f.retiredTargets),
    claimConflicts: all.flatMap((f) => f.claimConflicts),
  };
}
