import { randomUUID } from 'node:crypto';
import { LantuError, REPORTING_FREQUENCIES, type ReportingFrequency } from '@lantu/core';
import type { Kysely } from 'kysely';
import { chunk } from '../batch.js';
import { encodeJson } from '../json-column.js';
import type { AssignmentSubjectType, ChangeAuthor, StoredAssignment } from '../records.js';
import { toStoredAssignment } from '../rows/assignment-row.js';
import type { Database } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { appendHistory } from './history.js';
import { assertUnitsExist } from './unit-ids.js';
import { assertVersion, inTransaction } from './versions.js';
import { assertActor } from '../validation/checks.js';
import { authorName } from '../rows/history-row.js';

export interface NewAssignment {
  readonly subject_type: AssignmentSubjectType;
  readonly subject_id: string;
  readonly document_id: string;
  readonly title: string;
  readonly lead_unit_id: string;
  readonly supporting_unit_ids: readonly string[];
  readonly start_date: string;
  readonly due_date: string;
  readonly frequency: ReportingFrequency;
}

/** What a supervisor may change on an assignment. */
export interface AssignmentPatch {
  readonly lead_unit_id?: string;
  readonly supporting_unit_ids?: readonly string[];
  readonly due_date?: string;
  readonly frequency?: ReportingFrequency;
  readonly state?: 'active' | 'closed';
}

export interface AssignmentFilter {
  /** Assignments this unit leads or supports. */
  readonly unitId?: string;
  readonly documentId?: string;
  readonly subject?: { readonly type: AssignmentSubjectType; readonly id: string };
  readonly state?: 'active' | 'closed';
}

export interface AssignmentRepository {
  /** Stores all of them or none, each with an `assign` history entry. */
  createMany(
    assignments: readonly NewAssignment[],
    actor: ChangeAuthor,
  ): Promise<StoredAssignment[]>;
  /** NOT_FOUND if absent. */
  get(id: string): Promise<StoredAssignment>;
  list(filter?: AssignmentFilter): Promise<StoredAssignment[]>;
  /** Applies the patch if `version` is current (CONFLICT otherwise), with history. */
  update(
    id: string,
    version: number,
    patch: AssignmentPatch,
    actor: ChangeAuthor,
  ): Promise<StoredAssignment>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function problemsOf(a: NewAssignment | AssignmentPatch, index: string): string[] {
  const problems: string[] = [];
  const at = index === '' ? '' : `${index}: `;
  if ('lead_unit_id' in a && a.lead_unit_id !== undefined && a.lead_unit_id.trim() === '') {
    problems.push(`${at}牵头单位不能为空 (lead unit is required)`);
  }
  for (const date of ['start_date', 'due_date'] as const) {
    const value = (a as Partial<NewAssignment>)[date];
    if (value !== undefined && !ISO_DATE.test(value)) {
      problems.push(`${at}${date} “${value}” 不是日期 (not YYYY-MM-DD)`);
    }
  }
  const { start_date: start, due_date: due } = a as Partial<NewAssignment>;
  if (start !== undefined && due !== undefined && due < start) {
    problems.push(`${at}完成时限早于交办日期 (due ${due} before start ${start})`);
  }
  if (a.frequency !== undefined && !REPORTING_FREQUENCIES.includes(a.frequency)) {
    problems.push(`${at}unknown reporting frequency “${String(a.frequency)}”`);
  }
  return problems;
}

export function createAssignmentRepository(ctx: StoreContext): AssignmentRepository {
  const select = (db: Kysely<Database>) => db.selectFrom('assignments').selectAll();
  return {
    async createMany(assignments, actor) {
      assertActor(actor);
      const problems = assignments.flatMap((a, i) => problemsOf(a, `[${i}]`));
      if (problems.length > 0) throw new LantuError('INPUT_INVALID', problems.join('; '));
      const at = ctx.now();
      const rows = assignments.map((a) => ({
        id: randomUUID(),
        subject_type: a.subject_type,
        subject_id: a.subject_id,
        document_id: a.document_id,
        title: a.title,
        lead_unit_id: a.lead_unit_id,
        supporting_unit_ids: encodeJson(a.supporting_unit_ids),
        start_date: a.start_date,
        due_date: a.due_date,
        frequency: a.frequency,
        state: 'active',
        created_by: authorName(actor),
        created_at: at,
        updated_at: at,
        version: 1,
      }));
      await inTransaction(ctx, 'assigning', async (trx) => {
        await assertUnitsExist(
          trx,
          rows.flatMap((r) => [r.lead_unit_id, ...(JSON.parse(r.supporting_unit_ids) as string[])]),
        );
        const documentIds = [...new Set(rows.map((r) => r.document_id))];
        const found =
          documentIds.length === 0
            ? []
            : await trx
                .selectFrom('documents')
                .select('id')
                .where('id', 'in', documentIds)
                .execute();
        const missing = documentIds.filter((id) => !found.some((d) => d.id === id));
        if (missing.length > 0) {
          throw new LantuError('INPUT_INVALID', `没有该文件 (no document ${missing.join(', ')})`);
        }
        for (const batch of chunk(rows, 200))
          await trx.insertInto('assignments').values(batch).execute();
        for (const row of rows) {
          await appendHistory(trx, {
            entity: 'assignment',
            entity_id: row.id,
            action: 'assign',
            actor,
            at,
            before: null,
            after: {
              title: row.title,
              lead_unit_id: row.lead_unit_id,
              supporting_unit_ids: [...(JSON.parse(row.supporting_unit_ids) as string[])],
              due_date: row.due_date,
              frequency: row.frequency,
            },
          });
        }
      });
      return rows.map(toStoredAssignment);
    },
    async get(id) {
      const row = await select(ctx.db).where('id', '=', id).executeTakeFirst();
      if (row === undefined) throw new LantuError('NOT_FOUND', `没有该任务 (no assignment ${id})`);
      return toStoredAssignment(row);
    },
    async list(filter = {}) {
      let query = select(ctx.db);
      if (filter.documentId !== undefined)
        query = query.where('document_id', '=', filter.documentId);
      if (filter.state !== undefined) query = query.where('state', '=', filter.state);
      if (filter.subject !== undefined) {
        query = query
          .where('subject_type', '=', filter.subject.type)
          .where('subject_id', '=', filter.subject.id);
      }
      const rows = (
        await query.orderBy('due_date').orderBy('created_at').orderBy('id').execute()
      ).map(toStoredAssignment);
      const unit = filter.unitId;
      return unit === undefined
        ? rows
        : rows.filter((a) => a.lead_unit_id === unit || a.supporting_unit_ids.includes(unit));
    },
    async update(id, version, patch, actor) {
      assertActor(actor);
      const problems = problemsOf(patch, '');
      if (problems.length > 0) throw new LantuError('INPUT_INVALID', problems.join('; '));
      return inTransaction(ctx, `updating assignment ${id}`, async (trx) => {
        const row = await select(trx)
          .where('id', '=', id)
          .$if(ctx.dialect === 'postgres', (q) => q.forUpdate())
          .executeTakeFirst();
        if (row === undefined)
          throw new LantuError('NOT_FOUND', `没有该任务 (no assignment ${id})`);
        assertVersion(row.version, version, '任务 (assignment)');
        await assertUnitsExist(trx, [
          ...(patch.lead_unit_id === undefined ? [] : [patch.lead_unit_id]),
          ...(patch.supporting_unit_ids ?? []),
        ]);
        const current = toStoredAssignment(row);
        const next = { ...current, ...patch };
        if (next.due_date < next.start_date) {
          throw new LantuError(
            'INPUT_INVALID',
            `完成时限早于交办日期 (due ${next.due_date} before start ${next.start_date})`,
          );
        }
        const before: Record<string, string | readonly string[]> = {};
        const after: Record<string, string | readonly string[]> = {};
        for (const key of Object.keys(patch) as (keyof AssignmentPatch)[]) {
          const value = patch[key];
          if (value === undefined || JSON.stringify(value) === JSON.stringify(current[key]))
            continue;
          before[key] = current[key];
          after[key] = value;
        }
        const at = ctx.now();
        await trx
          .updateTable('assignments')
          .set({
            lead_unit_id: next.lead_unit_id,
            supporting_unit_ids: encodeJson(next.supporting_unit_ids),
            due_date: next.due_date,
            frequency: next.frequency,
            state: next.state,
            updated_at: at,
            version: row.version + 1,
          })
          .where('id', '=', id)
          .execute();
        await appendHistory(trx, {
          entity: 'assignment',
          entity_id: id,
          action: 'update',
          actor,
          at,
          before,
          after,
        });
        return { ...next, updated_at: at, version: row.version + 1 };
      });
    },
  };
}
