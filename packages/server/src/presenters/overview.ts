import type { LantuApp } from '@lantu/app';
import type { z } from '@hono/zod-openapi';
import type { overviewSchema } from '../schemas/overview.js';
import { listDocumentFrameworks } from './document-frameworks.js';
import { selectHeadline } from './headline.js';

type Overview = z.infer<typeof overviewSchema>;

/**
 * Rows the headline is chosen from: the scorecard's first rows (oldest documents first),
 * so the front page costs the same at five documents and at a province's thousands.
 */
export const HEADLINE_ROWS = 2000;
/** Documents the front page lists (with their frameworks); the rest are counted. */
export const OVERVIEW_DOCUMENTS = 50;

/**
 * The front page in one request, composed from the scorecard, the indicator catalog and the
 * documents (with their frameworks) of the jurisdiction, or of all when none is given; with
 * a plan, only that plan's targets and documents. Bounded at any size: the totals are the
 * store's aggregate, the headline comes from the first `HEADLINE_ROWS` rows, and the first
 * `OVERVIEW_DOCUMENTS` documents are listed with their count.
 */
export async function buildOverview(
  app: LantuApp,
  jurisdiction?: string,
  plan?: string,
): Promise<Overview> {
  const [scorecard, indicators, documents, code, planDocuments] = await Promise.all([
    app.scorecard({
      ...(jurisdiction === undefined ? {} : { jurisdiction }),
      ...(plan === undefined ? {} : { plan }),
      limit: HEADLINE_ROWS,
    }),
    app.indicators(),
    app.documents(),
    // Resolved the way the scorecard resolves it: a code, or a Chinese name (义乌市).
    jurisdiction === undefined
      ? undefined
      : app.store.jurisdictions.resolve(jurisdiction).then((j) => j.code),
    plan === undefined
      ? undefined
      : app.plan(plan).then((p) => new Set(p.documents.map((d) => d.id))),
  ]);
  const matching = documents.filter(
    (d) =>
      (code === undefined || d.jurisdiction_code === code) &&
      (planDocuments === undefined || planDocuments.has(d.id)),
  );
  const shown = matching.slice(0, OVERVIEW_DOCUMENTS);
  return {
    as_of: scorecard.as_of,
    totals: scorecard.totals,
    headline: selectHeadline(scorecard.rows, indicators, scorecard.as_of),
    frameworks: await listDocumentFrameworks(
      app,
      shown.map((d) => d.id),
    ),
    documents: shown,
    documents_total: matching.length,
  };
}
