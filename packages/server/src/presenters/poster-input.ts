import type { LantuApp } from '@lantu/app';
import type { PosterInput } from '@lantu/poster';

/**
 * What a poster of one document shows: the document, its scorecard rows, its reported
 * figures and its frameworks. Rejected items are left out: a person said they were misread.
 */
export async function buildPosterInput(app: LantuApp, documentId: string): Promise<PosterInput> {
  const [view, scorecard] = await Promise.all([
    app.document(documentId),
    app.scorecard({ documentId }),
  ]);
  const { document } = view;
  return {
    document: {
      title: document.title,
      kind: document.kind,
      date: document.date,
      jurisdiction: await jurisdictionName(app, document.jurisdiction_code),
      issuer: document.issuer,
    },
    rows: scorecard.rows,
    actuals: view.items.filter(
      (item) => item.kind === 'actual' && item.review_state !== 'rejected',
    ),
    frameworks: view.frameworks,
    asOf: scorecard.as_of,
  };
}

/** Posters print the name readers know (义乌市), not the code; the code if it is unknown. */
async function jurisdictionName(app: LantuApp, code: string | null): Promise<string | null> {
  if (code === null) return null;
  const known = await app.store.jurisdictions.list();
  return known.find((j) => j.code === code)?.name_zh ?? code;
}
