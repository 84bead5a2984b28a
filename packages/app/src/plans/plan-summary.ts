import type { DocumentSummary, StoredPlan } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import type { PlanSummary } from './plan-types.js';

/** A stored plan with its jurisdiction's name and its documents' titles. */
export async function planSummary(
  ctx: AppContext,
  plan: StoredPlan,
  documents: ReadonlyMap<string, DocumentSummary>,
): Promise<PlanSummary> {
  const jurisdiction = await ctx.store.jurisdictions.resolve(plan.jurisdiction_code);
  return {
    id: plan.id,
    name: plan.name,
    jurisdiction: { code: jurisdiction.code, name_zh: jurisdiction.name_zh },
    start_year: plan.start_year,
    end_year: plan.end_year,
    documents: plan.documents.flatMap((entry) => {
      const doc = documents.get(entry.document_id);
      return doc === undefined
        ? []
        : [{ id: doc.id, title: doc.title, kind: doc.kind, date: doc.date, role: entry.role }];
    }),
  };
}

/** Every document by id. */
export async function documentsById(ctx: AppContext): Promise<Map<string, DocumentSummary>> {
  return new Map((await ctx.store.documents.list()).map((doc) => [doc.id, doc]));
}
