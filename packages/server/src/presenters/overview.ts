import type { LantuApp } from '@lantu/app';
import type { z } from '@hono/zod-openapi';
import type { overviewSchema } from '../schemas/overview.js';
import { listDocumentFrameworks } from './document-frameworks.js';
import { selectHeadline } from './headline.js';

type Overview = z.infer<typeof overviewSchema>;

/**
 * The front page in one request, composed from the scorecard, the indicator catalog and the
 * documents (with their frameworks) of the jurisdiction, or of all when none is given; with
 * a plan, only that plan's targets and documents.
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
  const shown = documents.filter(
    (d) =>
      (code === undefined || d.jurisdiction_code === code) &&
      (planDocuments === undefined || planDocuments.has(d.id)),
  );
  return {
    as_of: scorecard.as_of,
    totals: scorecard.totals,
    headline: selectHeadline(scorecard.rows, indicators, scorecard.as_of),
    frameworks: await listDocumentFrameworks(
      app,
      shown.map((d) => d.id),
    ),
    documents: [...shown],
  };
}
