import type { AppContext } from '../app-context.js';
import { resolveAsOf } from '../as-of.js';
import {
  evaluateRecords,
  indicatorsByCode,
  type EvaluatedScope,
} from '../scorecard/build-scorecard.js';
import { loadTargetRecords, type TargetRecord } from '../scorecard/target-rows.js';
import { storeEvaluated } from './stored-scorecard.js';

export interface RefreshStatusesOptions {
  /** ISO date to compute statuses for; default the app's `asOf`. */
  readonly asOf?: string;
  /** Jurisdictions (codes or names) to refresh; default every one that has targets. */
  readonly jurisdictions?: readonly string[];
  /**
   * Only jurisdictions whose stored statuses for the date are incomplete (a count per
   * jurisdiction on each side), so a restart over a store already refreshed costs two
   * `GROUP BY` queries instead of computing every status again.
   */
  readonly missingOnly?: boolean;
}

export interface RefreshStatusesResult {
  readonly as_of: string;
  readonly jurisdictions: number;
  readonly statuses: number;
}

/** Jurisdictions whose items are read in one query. */
const JURISDICTION_BATCH = 20;

/**
 * Computes the status of every target and milestone of the jurisdictions, exactly as the
 * live scorecard of each jurisdiction does, and stores them (with each jurisdiction's
 * findings) for `asOf`, so that their scorecard pages are read rather than computed.
 */
export async function refreshStatuses(
  ctx: AppContext,
  options: RefreshStatusesOptions = {},
): Promise<RefreshStatusesResult> {
  const asOf = options.asOf === undefined ? ctx.asOf : resolveAsOf(options.asOf, () => new Date());
  const codes =
    options.jurisdictions === undefined
      ? await jurisdictionsWithTargets(ctx)
      : [
          ...new Set(
            await Promise.all(
              options.jurisdictions.map(
                async (j) => (await ctx.store.jurisdictions.resolve(j)).code,
              ),
            ),
          ),
        ];
  if (options.missingOnly === true) {
    const incomplete = new Set(await incompleteJurisdictions(ctx, asOf));
    codes.splice(0, codes.length, ...codes.filter((code) => incomplete.has(code)));
  }
  const indicators = await indicatorsByCode(ctx);
  let statuses = 0;
  for (let at = 0; at < codes.length; at += JURISDICTION_BATCH) {
    const batch = codes.slice(at, at + JURISDICTION_BATCH);
    const records = await loadTargetRecords(ctx, {
      jurisdictions: batch,
      kinds: ['target', 'milestone'],
    });
    // The batch is in scorecard order, so each jurisdiction's share of it is too.
    const byJurisdiction = new Map<string, TargetRecord[]>(batch.map((code) => [code, []]));
    for (const record of records) {
      const code = record.item.jurisdiction_code;
      if (code !== null) byJurisdiction.get(code)?.push(record);
    }
    const scopes = new Map<string, EvaluatedScope>();
    for (const [code, mine] of byJurisdiction) {
      // As the unfiltered page of one jurisdiction: its targets are the detectors' context.
      const scope = await evaluateRecords(ctx, mine, asOf, indicators, (r) =>
        Promise.resolve(r.filter((x) => x.item.kind === 'target')),
      );
      scopes.set(code, scope);
      statuses += scope.all.length;
    }
    await storeEvaluated(ctx, asOf, scopes);
  }
  return { as_of: asOf, jurisdictions: codes.length, statuses };
}

/** Jurisdictions whose stored statuses for `asOf` do not number their targets and milestones. */
async function incompleteJurisdictions(ctx: AppContext, asOf: string): Promise<string[]> {
  const [expected, stored] = await Promise.all([
    ctx.db
      .selectFrom('items')
      .select(['jurisdiction_code', (eb) => eb.fn.countAll().as('n')])
      .where('jurisdiction_code', 'is not', null)
      .where('kind', 'in', ['target', 'milestone'])
      .where('review_state', '!=', 'rejected')
      .groupBy('jurisdiction_code')
      .execute(),
    ctx.db
      .selectFrom('target_statuses')
      .select(['jurisdiction_code', (eb) => eb.fn.countAll().as('n')])
      .where('as_of', '=', asOf)
      .groupBy('jurisdiction_code')
      .execute(),
  ]);
  const have = new Map(stored.map((row) => [row.jurisdiction_code, Number(row.n)]));
  return expected.flatMap((row) =>
    row.jurisdiction_code !== null && have.get(row.jurisdiction_code) !== Number(row.n)
      ? [row.jurisdiction_code]
      : [],
  );
}

async function jurisdictionsWithTargets(ctx: AppContext): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('items')
    .select('jurisdiction_code')
    .distinct()
    .where('jurisdiction_code', 'is not', null)
    .where('kind', 'in', ['target', 'milestone'])
    .orderBy('jurisdiction_code')
    .execute();
  return rows.flatMap((r) => (r.jurisdiction_code === null ? [] : [r.jurisdiction_code]));
}
