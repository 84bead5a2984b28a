import { LantuError, type PlanDocumentRole } from '@lantu/core';
import type { ChangeAuthor } from '../records.js';
import type { StoreContext } from '../store-context.js';
import { appendHistory } from './history.js';

/** A stored plan with its documents. */
export interface StoredPlan {
  readonly id: string;
  readonly name: string;
  readonly jurisdiction_code: string;
  readonly start_year: number;
  readonly end_year: number;
  readonly documents: readonly PlanDocument[];
}

export interface PlanDocument {
  readonly document_id: string;
  readonly role: PlanDocumentRole;
  /** `inferred` from metadata, or `person` (set in the app; inference never replaces it). */
  readonly set_by: 'inferred' | 'person';
}

export interface NewPlan {
  readonly name: string;
  readonly jurisdiction_code: string;
  readonly start_year: number;
  readonly end_year: number;
}

export interface PlanRepository {
  /** The plan of this jurisdiction and period, created if missing (the name is kept if it exists). */
  ensure(plan: NewPlan): Promise<StoredPlan>;
  /**
   * Puts a document in a plan. An inferred attachment never replaces one a person made;
   * a person's is written to the document's history.
   */
  attach(input: {
    readonly documentId: string;
    readonly planId: string;
    readonly role: PlanDocumentRole;
    readonly setBy: 'inferred' | 'person';
    readonly actor: ChangeAuthor;
  }): Promise<void>;
  /** Takes a document out of its plan (a person's act, in the document's history). */
  detach(documentId: string, actor: ChangeAuthor): Promise<void>;
  /** Every plan, newest period first. */
  list(): Promise<StoredPlan[]>;
  /** NOT_FOUND for an unknown id. */
  get(id: string): Promise<StoredPlan>;
  /** Ids of documents nobody placed yet, neither inference nor a person (to infer theirs). */
  unattachedDocumentIds(): Promise<string[]>;
}

/** A plan's id: readable and stable, `cn-zj-jh-yw-2021-2025`. */
export function planId(
  plan: Pick<NewPlan, 'jurisdiction_code' | 'start_year' | 'end_year'>,
): string {
  return `${plan.jurisdiction_code}-${plan.start_year}-${plan.end_year}`;
}

export function createPlanRepository(ctx: StoreContext): PlanRepository {
  const { db } = ctx;
  const documentsOf = async (ids: readonly string[]) => {
    if (ids.length === 0) return new Map<string, PlanDocument[]>();
    const rows = await db
      .selectFrom('plan_documents')
      .innerJoin('documents', 'documents.id', 'plan_documents.document_id')
      .select(['plan_id', 'document_id', 'role', 'set_by', 'documents.date'])
      .where('plan_id', 'in', ids)
      .orderBy('documents.date')
      .orderBy('document_id')
      .execute();
    const byPlan = new Map<string, PlanDocument[]>();
    for (const row of rows) {
      if (row.plan_id === null) continue;
      const list = byPlan.get(row.plan_id) ?? [];
      list.push({
        document_id: row.document_id,
        role: row.role as PlanDocumentRole,
        set_by: row.set_by === 'person' ? 'person' : 'inferred',
      });
      byPlan.set(row.plan_id, list);
    }
    return byPlan;
  };
  const get = async (id: string): Promise<StoredPlan> => {
    const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) throw new LantuError('NOT_FOUND', `没有这个规划：${id}`);
    const { created_at: _created, ...plan } = row;
    return { ...plan, documents: (await documentsOf([id])).get(id) ?? [] };
  };
  return {
    async ensure(plan) {
      const id = planId(plan);
      await db
        .insertInto('plans')
        .values({ id, ...plan, created_at: ctx.now() })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      return get(id);
    },
    async attach({ documentId, planId: plan, role, setBy, actor }) {
      await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('plan_documents')
          .selectAll()
          .where('document_id', '=', documentId)
          .executeTakeFirst();
        if (before !== undefined && before.set_by === 'person' && setBy === 'inferred') return;
        await trx.deleteFrom('plan_documents').where('document_id', '=', documentId).execute();
        await trx
          .insertInto('plan_documents')
          .values({ document_id: documentId, plan_id: plan, role, set_by: setBy })
          .execute();
        if (setBy === 'person') {
          await appendHistory(trx, {
            entity: 'document',
            entity_id: documentId,
            action: 'plan',
            actor,
            at: ctx.now(),
            before:
              before === undefined || before.plan_id === null
                ? null
                : { plan_id: before.plan_id, role: before.role },
            after: { plan_id: plan, role },
          });
        }
      });
    },
    async detach(documentId, actor) {
      await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('plan_documents')
          .selectAll()
          .where('document_id', '=', documentId)
          .executeTakeFirst();
        if (before === undefined || before.plan_id === null) return;
        // Kept as a person's decision with no plan, so inference does not attach it again.
        await trx
          .updateTable('plan_documents')
          .set({ plan_id: null, set_by: 'person' })
          .where('document_id', '=', documentId)
          .execute();
        await appendHistory(trx, {
          entity: 'document',
          entity_id: documentId,
          action: 'plan',
          actor,
          at: ctx.now(),
          before: { plan_id: before.plan_id, role: before.role },
          after: null,
        });
      });
    },
    async list() {
      const rows = await db
        .selectFrom('plans')
        .select(['id', 'name', 'jurisdiction_code', 'start_year', 'end_year'])
        .orderBy('end_year', 'desc')
        .orderBy('jurisdiction_code')
        .execute();
      const docs = await documentsOf(rows.map((row) => row.id));
      return rows.map((row) => ({ ...row, documents: docs.get(row.id) ?? [] }));
    },
    get,
    async unattachedDocumentIds() {
      const rows = await db
        .selectFrom('documents')
        .leftJoin('plan_documents', 'plan_documents.document_id', 'documents.id')
        .select('documents.id')
        .where('plan_documents.document_id', 'is', null)
        .orderBy('documents.created_at')
        .execute();
      return rows.map((row) => row.id);
    },
  };
}
