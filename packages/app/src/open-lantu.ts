import { createStore, defaultStoreUrl } from '@lantu/store';
import { createAppContext } from './app-context.js';
import { resolveAsOf } from './as-of.js';
import { exportScorecardFile, streamScorecardExport } from './export/export-use-case.js';
import { importObservations } from './import/import-observations.js';
import { ingestFiles } from './ingest/ingest-files.js';
import { changeDocument } from './items/change-document.js';
import { previewDocument } from './documents/preview-document.js';
import { replaceDocument } from './documents/replace-document.js';
import { attachIngested } from './plans/attach-plans.js';
import { battleMap } from './plans/battle-map.js';
import { compareJurisdictions } from './compare/compare.js';
import { comparisonCsv } from './compare/comparison-csv.js';
import { planEvaluation } from './plans/plan-evaluation.js';
import { getPlan, listPlans, setDocumentPlan } from './plans/plan-use-cases.js';
import { changeItem } from './items/change-item.js';
import { linkAll } from './link/link-all.js';
import { buildScorecard } from './scorecard/build-scorecard.js';
import { search } from './search/search.js';
import { refreshStatuses } from './statuses/refresh-statuses.js';
import { seedStore } from './seed.js';
import type { LantuApp, OpenLantuOptions } from './types.js';
import { documentView } from './views/document-view.js';
import { indicatorSeries } from './views/series.js';

/**
 * Opens Lantu over a store: migrates it, seeds the default jurisdictions and the
 * built-in indicator catalog, and returns the use cases. Close it when done.
 * INPUT_INVALID for a bad `asOf` or store URL; the store's errors otherwise.
 *
 * @example
 * const lantu = await openLantu({ url: 'sqlite:.data/lantu.sqlite', asOf: '2026-03-01' });
 * const card = await lantu.scorecard({ jurisdiction: '义乌市' });
 * await lantu.close();
 */
export async function openLantu(options: OpenLantuOptions = {}): Promise<LantuApp> {
  const now = options.now ?? (() => new Date());
  const asOf = resolveAsOf(options.asOf, now);
  const store = await createStore({ url: options.url ?? defaultStoreUrl(), now });
  try {
    await seedStore(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  const ctx = createAppContext(store, asOf, options.readPool);
  /**
   * Runs a write and then drops every stored status, since what they rest on may have
   * changed (also when the write failed part-way: some of it may have been stored), and
   * raises the store's data version, which every cache of a rendered answer is keyed by.
   */
  const writing = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } finally {
      await store.dataVersion.bumpDroppingStatuses();
    }
  };
  return {
    store,
    asOf,
    ingest: (inputs, ingestOptions) =>
      writing(async () => {
        const results = await ingestFiles(ctx, inputs, ingestOptions);
        await attachIngested(ctx, results);
        return results;
      }),
    plans: () => listPlans(ctx),
    plan: (id) => getPlan(ctx, id),
    setDocumentPlan: (input) => writing(() => setDocumentPlan(ctx, input)),
    compare: (query) => compareJurisdictions(ctx, query),
    exportComparison: async (query) => comparisonCsv(await compareJurisdictions(ctx, query)),
    battleMap: async (id, mapOptions = {}) => {
      const { asOf: mapAsOf, ...filter } = mapOptions;
      const date = mapAsOf === undefined ? asOf : resolveAsOf(mapAsOf, now);
      return battleMap(await planEvaluation(ctx, id, date), filter);
    },
    planEvaluation: (id, evaluationOptions) =>
      planEvaluation(
        ctx,
        id,
        evaluationOptions?.asOf === undefined ? asOf : resolveAsOf(evaluationOptions.asOf, now),
      ),
    importObservations: (fileName, bytes, importOptions) =>
      importOptions.dryRun === true
        ? importObservations(ctx, fileName, bytes, { dryRun: true })
        : writing(() => importObservations(ctx, fileName, bytes)),
    linkAll: ({ actor }) => writing(() => linkAll(ctx, actor)),
    scorecard: (filter) => buildScorecard(ctx, filter),
    refreshStatuses: (refreshOptions) => refreshStatuses(ctx, refreshOptions),
    indicators: () => store.indicators.list(),
    series: (indicatorCode, jurisdiction) => indicatorSeries(ctx, indicatorCode, jurisdiction),
    documents: () => store.documents.list(),
    document: (id) => documentView(ctx, id),
    changeItem: (id, change) => writing(() => changeItem(ctx, id, change)),
    changeDocument: (id, change) => writing(() => changeDocument(ctx, id, change)),
    previewDocument: (input) => previewDocument(ctx, input),
    replaceDocument: (id, input, { actor }) =>
      writing(() => replaceDocument(ctx, id, input, actor)),
    deleteDocument: (id, { actor }) => writing(() => store.documents.delete(id, actor)),
    itemHistory: async (id) => {
      await store.items.get(id); // NOT_FOUND for an unknown item, not an empty history
      return store.history.list({ entity: 'item', entityId: id });
    },
    search: (query, searchOptions) => search(ctx, query, searchOptions),
    exportScorecard: (format, filter, order) => exportScorecardFile(ctx, format, filter, order),
    streamScorecardExport: (format, filter, order) =>
      streamScorecardExport(ctx, format, filter, order),
    dataVersion: () => store.dataVersion.current(),
    close: () => store.close(),
  };
}
