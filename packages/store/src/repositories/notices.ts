import { randomUUID } from 'node:crypto';
import { canMoveNotice, LantuError, NOTICE_STATE_LABELS, type NoticeState } from '@lantu/core';
import type { Kysely } from 'kysely';
import type { ChangeAuthor, NoticeStep, StoredNotice } from '../records.js';
import type { Database, NoticesTable } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { appendHistory } from './history.js';
import { assertUnitsExist } from './unit-ids.js';
import { assertVersion, inTransaction } from './versions.js';
import { assertActor } from '../validation/checks.js';
import { authorName } from '../rows/history-row.js';

export interface NewNotice {
  readonly unit_id: string;
  readonly title: string;
  readonly body: string;
  readonly assignment_id: string | null;
  readonly deadline: string;
}

export interface NoticeFilter {
  readonly unitId?: string;
  readonly states?: readonly NoticeState[];
}

/** 督办单: issued (立项 + 交办 in one step), handled, answered, closed or escalated. */
export interface NoticeRepository {
  issue(notice: NewNotice, actor: ChangeAuthor): Promise<StoredNotice>;
  /** Moves the notice to `to` with the words of that step; CONFLICT on a stale version or a move the flow does not allow. */
  move(
    id: string,
    version: number,
    to: NoticeState,
    body: string,
    actor: ChangeAuthor,
  ): Promise<StoredNotice>;
  get(id: string): Promise<StoredNotice>;
  list(filter?: NoticeFilter): Promise<StoredNotice[]>;
}

export function createNoticeRepository(ctx: StoreContext): NoticeRepository {
  const stepsOf = async (db: Kysely<Database>, ids: readonly string[]) => {
    const out = new Map<string, NoticeStep[]>();
    if (ids.length === 0) return out;
    const rows = await db
      .selectFrom('notice_steps')
      .selectAll()
      .where('notice_id', 'in', ids)
      .orderBy('id')
      .execute();
    for (const row of rows) {
      const steps = out.get(row.notice_id) ?? [];
      steps.push({ state: row.state as NoticeState, body: row.body, actor: row.actor, at: row.at });
      out.set(row.notice_id, steps);
    }
    return out;
  };
  const withSteps = (row: NoticesTable, steps: readonly NoticeStep[]): StoredNotice => ({
    ...row,
    state: row.state as NoticeState,
    steps,
  });
  const get = async (id: string, db: Kysely<Database> = ctx.db): Promise<StoredNotice> => {
    const row = await db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) throw new LantuError('NOT_FOUND', `没有该督办单 (no notice ${id})`);
    return withSteps(row, (await stepsOf(db, [id])).get(id) ?? []);
  };
  return {
    async issue(notice, actor) {
      assertActor(actor);
      const problems: string[] = [];
      if (notice.title.trim() === '') problems.push('督办事项不能为空 (a title is required)');
      if (notice.unit_id.trim() === '') problems.push('承办单位不能为空 (a unit is required)');
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(notice.deadline)) {
        problems.push(`办理时限“${notice.deadline}”不是日期 (deadline is not YYYY-MM-DD)`);
      }
      if (problems.length > 0) throw new LantuError('INPUT_INVALID', problems.join('; '));
      const at = ctx.now();
      const row: NoticesTable = {
        id: randomUUID(),
        ...notice,
        state: 'assigned',
        issued_by: authorName(actor),
        created_at: at,
        updated_at: at,
        version: 1,
      };
      return inTransaction(ctx, 'issuing a notice', async (trx) => {
        await assertUnitsExist(trx, [row.unit_id]);
        await trx.insertInto('notices').values(row).execute();
        for (const state of ['opened', 'assigned'] as const) {
          await trx
            .insertInto('notice_steps')
            .values({
              notice_id: row.id,
              state,
              body: state === 'opened' ? notice.body : '',
              actor: authorName(actor),
              at,
            })
            .execute();
        }
        await appendHistory(trx, {
          entity: 'notice',
          entity_id: row.id,
          action: 'issue',
          actor,
          at,
          before: null,
          after: {
            title: row.title,
            unit_id: row.unit_id,
            deadline: row.deadline,
            state: row.state,
          },
        });
        return get(row.id, trx);
      });
    },
    async move(id, version, to, body, actor) {
      assertActor(actor);
      return inTransaction(ctx, `notice ${id} → ${to}`, async (trx) => {
        const row = await trx
          .selectFrom('notices')
          .selectAll()
          .where('id', '=', id)
          .$if(ctx.dialect === 'postgres', (q) => q.forUpdate())
          .executeTakeFirst();
        if (row === undefined) throw new LantuError('NOT_FOUND', `没有该督办单 (no notice ${id})`);
        assertVersion(row.version, version, '督办单 (notice)');
        const from = row.state as NoticeState;
        if (!canMoveNotice(from, to)) {
          throw new LantuError(
            'CONFLICT',
            `督办单当前为“${NOTICE_STATE_LABELS[from].zh}”，不能改为“${NOTICE_STATE_LABELS[to].zh}” (a ${from} notice cannot become ${to})`,
          );
        }
        const at = ctx.now();
        await trx
          .updateTable('notices')
          .set({ state: to, updated_at: at, version: row.version + 1 })
          .where('id', '=', id)
          .execute();
        await trx
          .insertInto('notice_steps')
          .values({ notice_id: id, state: to, body, actor: authorName(actor), at })
          .execute();
        await appendHistory(trx, {
          entity: 'notice',
          entity_id: id,
          action: to,
          actor,
          at,
          before: { state: from },
          after: { state: to, ...(body === '' ? {} : { body }) },
        });
        return get(id, trx);
      });
    },
    get: (id) => get(id),
    async list(filter = {}) {
      let query = ctx.db.selectFrom('notices').selectAll();
      if (filter.unitId !== undefined) query = query.where('unit_id', '=', filter.unitId);
      if (filter.states !== undefined && filter.states.length > 0)
        query = query.where('state', 'in', filter.states);
      const rows = await query.orderBy('deadline').orderBy('id').execute();
      const steps = await stepsOf(
        ctx.db,
        rows.map((r) => r.id),
      );
      return rows.map((row) => withSteps(row, steps.get(row.id) ?? []));
    },
  };
}
