import { LantuError, type PlanDocumentRole } from '@lantu/core';
import type { ChangeAuthor } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { attachUnattached } from './attach-plans.js';
import type { PlanSummary } from './plan-types.js';
import { documentsById, planSummary } from './plan-summary.js';

const ROLES: readonly PlanDocumentRole[] = ['plan', 'yearly-report', 'evaluation', 'other'];

/** Every plan with its documents, newest period first. */
export async function listPlans(ctx: AppContext): Promise<PlanSummary[]> {
  await attachUnattached(ctx);
  const documents = await documentsById(ctx);
  return Promise.all((await ctx.store.plans.list()).map((p) => planSummary(ctx, p, documents)));
}

/** One plan; NOT_FOUND for an unknown id. */
export async function getPlan(ctx: AppContext, id: string): Promise<PlanSummary> {
  await attachUnattached(ctx);
  return planSummary(ctx, await ctx.store.plans.get(id), await documentsById(ctx));
}

/** A person puts a document in a plan (or, with `planId` null, takes it out). */
export async function setDocumentPlan(
  ctx: AppContext,
  input: {
    readonly documentId: string;
    readonly planId: string | null;
    readonly role: PlanDocumentRole;
    readonly actor: ChangeAuthor;
  },
): Promise<PlanSummary | null> {
  await ctx.store.documents.get(input.documentId); // NOT_FOUND for an unknown document
  if (!ROLES.includes(input.role)) {
    throw new LantuError('INPUT_INVALID', `文件在规划中的角色须为 ${ROLES.join('、')} 之一`);
  }
  if (input.planId === null) {
    await ctx.store.plans.detach(input.documentId, input.actor);
    return null;
  }
  await ctx.store.plans.get(input.planId); // NOT_FOUND for an unknown plan
  await ctx.store.plans.attach({
    documentId: input.documentId,
    planId: input.planId,
    role: input.role,
    setBy: 'person',
    actor: input.actor,
  });
  return getPlan(ctx, input.planId);
}
