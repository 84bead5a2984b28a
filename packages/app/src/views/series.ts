import type { AppContext } from '../app-context.js';
import { buildScorecard } from '../scorecard/build-scorecard.js';
import { loadObservations, seriesKey } from '../scorecard/observation-rows.js';
import { analyseRows } from '../plans/target-analysis.js';
import type { IndicatorSeries } from '../types.js';
import type { RetiredTarget } from '@lantu/core';
import { promiseHistories } from './promise-history.js';

/**
 * One indicator's figures for one jurisdiction (code or name), as the status engine sees
 * them (document figures follow their items' corrections), with the targets set for it.
 * NOT_FOUND for an unknown indicator or jurisdiction.
 */
export async function indicatorSeries(
  ctx: AppContext,
  indicatorCode: string,
  jurisdiction: string,
): Promise<IndicatorSeries> {
  const indicator = await ctx.store.indicators.get(indicatorCode);
  const place = await ctx.store.jurisdictions.resolve(jurisdiction);
  const key = seriesKey(indicator.code, place.code);
  const observations = (await loadObservations(ctx, new Set([key]))).get(key) ?? [];
  const scorecard = await buildScorecard(ctx, {
    indicator: indicator.code,
    jurisdiction: place.code,
  });
  const analyses = await analyseRows(ctx, scorecard.rows);
  return {
    indicator,
    jurisdiction: place.code,
    observations,
    targets: scorecard.rows,
    promises: promiseHistories(
      scorecard.rows,
      ((scorecard.retired_targets ?? []) as RetiredTarget[]).filter(
        (r) => r.indicator_code === indicator.code,
      ),
    ),
    analyses: Object.fromEntries(
      [...analyses].flatMap(([id, analysis]) => (analysis === null ? [] : [[id, analysis]])),
    ),
  };
}
