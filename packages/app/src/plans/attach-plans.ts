import { inferPlan } from '@lantu/core';
import type { DocumentSummary } from '@lantu/store';
import type { AppContext } from '../app-context.js';

/**
 * Puts a stored document in the plan its metadata names (creating the plan), unless a
 * person already put it somewhere. Documents without a jurisdiction, or that name no
 * plan period, stay unattached.
 */
export async function attachToPlan(ctx: AppContext, doc: DocumentSummary): Promise<void> {
  if (doc.jurisdiction_code === null) return;
  const inferred = inferPlan({
    title: doc.title,
    kind: doc.kind,
    date: doc.date,
    horizon: doc.horizon,
    jurisdiction: doc.jurisdiction_code,
  });
  if (inferred === null) return;
  const jurisdiction = await ctx.store.jurisdictions.resolve(inferred.jurisdiction);
  const { period } = inferred;
  const periodName = period.nameZh ?? `${period.startYear}—${period.endYear}年`;
  const plan = await ctx.store.plans.ensure({
    name: `${jurisdiction.name_zh}“${periodName}”规划`,
    jurisdiction_code: jurisdiction.code,
    start_year: period.startYear,
    end_year: period.endYear,
  });
  await ctx.store.plans.attach({
    documentId: doc.id,
    planId: plan.id,
    role: inferred.role,
    setBy: 'inferred',
    actor: 'lantu',
  });
}

/** Attaches every document that is in no plan yet (stores filled before plans existed). */
export async function attachUnattached(ctx: AppContext): Promise<void> {
  const ids = new Set(await ctx.store.plans.unattachedDocumentIds());
  for (const id of ids) await attachToPlan(ctx, await ctx.store.documents.summary(id));
}

/** After an ingest: attach each stored document to its inferred plan. */
export async function attachIngested(
  ctx: AppContext,
  results: readonly { readonly ok: boolean; readonly documentId?: string }[],
): Promise<void> {
  const ids = new Set(
    results.flatMap((r) => (r.ok && r.documentId !== undefined ? [r.documentId] : [])),
  );
  // Each by id, not by listing every document: ingest calls this once per file, and a
  // listing per file made a 10,000-file ingest quadratic.
  for (const id of ids) await attachToPlan(ctx, await ctx.store.documents.summary(id));
}
