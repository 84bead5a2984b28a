import type { LantuApp } from '@lantu/app';
import type { z } from '@hono/zod-openapi';
import type { overviewSchema } from '../schemas/overview.js';
import { listDocumentFrameworks } from './document-frameworks.js';
import { selectHeadline } from './headline.js';

type Overview = z.infer<typeof overviewSchema>;

/**
 * The front page in one request, composed from the scorecard, the indicator catalog and the
 * documents (with their frameworks) of the jurisdiction, or of all when none is given.
 */
export async function buildOverview(app: LantuApp, jurisdiction?: string): Promise<Overview> {
  const [scorecard, indicators, documents, code] = await Promise.all([
    app.scorecard(jurisdiction === undefined ? {} : { jurisdiction }),
    app.indicators(),
    app.documents(),
    // Resolved the way the scorecard resolves it: a code, or a Chinese name (义乌市).
    jurisdiction === undefined
      ? undefined
      : app.store.jurisdictions.resolve(jurisdiction).then((j) => j.code),
  ]);
  const shown =
    code === undefined ? documents : documents.filter((d) => d.jurisdiction_code === code);
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
