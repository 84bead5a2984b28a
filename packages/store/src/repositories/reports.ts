import { randomUUID } from 'node:crypto';
import {
  canMoveReport,
  EDITABLE_REPORT_STATES,
  LantuError,
  REPORT_STATE_LABELS,
  type Observation,
  type ReportState,
} from '@lantu/core';
import type { Kysely, Selectable } from 'kysely';
import type { JsonValue } from '../json-column.js';
import type { ChangeAuthor, StoredReport } from '../records.js';
import { observationRow } from '../rows/observation-row.js';
import { toStoredReport } from '../rows/report-row.js';
import type { Database, ReportsTable } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { assertNoProblems } from '../validation/checks.js';
import { observationProblems } from '../validation/observation-problems.js';
import { appendHistory } from './history.js';
import { assertUnitsExist } from './unit-ids.js';
import { unknownReferences } from './observation-references.js';
import { assertVersion, inTransaction } from './versions.js';
import { assertActor } from '../validation/checks.js';
import { authorName } from '../rows/history-row.js';

/** The figure and words of a report, as the reporter fills them in. */
export interface ReportContent {
  readonly value: number | null;
  readonly unit: string | null;
  readonly base_value: number | null;
  readonly base_unit: string | null;
  readonly completion: number | null;
  readonly progress: string;
  readonly problems: string;
  readonly next_steps: string;
}

export interface NewReport extends ReportContent {
  readonly assignment_id: string;
  readonly item_id: string | null;
  readonly unit_id: string;
  readonly period: string;
}

export interface ReportFilter {
  readonly assignmentIds?: readonly string[];
  readonly unitId?: string;
  readonly states?: readonly ReportState[];
}

export interface ReportRepository {
  /**
   * A new report, as a draft or submitted at once. CONFLICT when the unit already has a
   * report for this assignment, item and period (edit or resubmit that one instead).
   */
  create(report: NewReport, submit: boolean, actor: ChangeAuthor): Promise<StoredReport>;
  /**
   * Changes a draft or returned report; with `submit`, a draft becomes submitted and a
   * returned report resubmitted. CONFLICT on a stale version or a report past review.
   */
  edit(
    id: string,
    version: number,
    content: ReportContent,
    submit: boolean,
    actor: ChangeAuthor,
  ): Promise<StoredReport>;
  /**
   * Accepts a submitted report; its figure, if any, becomes `observation` in the same
   * transaction (the observation names the report as its source).
   */
  accept(
    id: string,
    version: number,
    observation: Observation | null,
    actor: ChangeAuthor,
  ): Promise<StoredReport>;
  /** Returns a submitted report to its unit with a reason. */
  return(id: string, version: number, reason: string, actor: ChangeAuthor): Promise<StoredReport>;
  get(id: string): Promise<StoredReport>;
  list(filter?: ReportFilter): Promise<StoredReport[]>;
}

const CONTENT_FIELDS = [
  'value',
  'unit',
  'base_value',
  'base_unit',
  'completion',
  'progress',
  'problems',
  'next_steps',
] as const satisfies readonly (keyof ReportContent)[];

function pick(content: ReportContent): ReportContent {
  return Object.fromEntries(CONTENT_FIELDS.map((k) => [k, content[k]])) as unknown as ReportContent;
}

function contentDiff(
  before: ReportContent,
  after: ReportContent,
): { before: Record<string, JsonValue>; after: Record<string, JsonValue> } {
  const b: Record<string, JsonValue> = {};
  const a: Record<string, JsonValue> = {};
  for (const key of CONTENT_FIELDS) {
    if (before[key] === after[key]) continue;
    b[key] = before[key];
    a[key] = after[key];
  }
  return { before: b, after: a };
}

function notFound(id: string): LantuError {
  return new LantuError('NOT_FOUND', `没有该报告 (no report ${id})`);
}

function refuseMove(from: ReportState, to: ReportState): LantuError {
  return new LantuError(
    'CONFLICT',
    `报告当前为“${REPORT_STATE_LABELS[from].zh}”，不能改为“${REPORT_STATE_LABELS[to].zh}” (a ${from} report cannot become ${to})`,
  );
}

export function createReportRepository(ctx: StoreContext): ReportRepository {
  const forChange = async (
    trx: Kysely<Database>,
    id: string,
    version: number,
  ): Promise<Selectable<ReportsTable>> => {
    const row = await trx
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', id)
      .$if(ctx.dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
    if (row === undefined) throw notFound(id);
    assertVersion(row.version, version, '报告 (report)');
    return row;
  };

  /** Moves a report to `to` after checks, with history; returns the updated report. */
  const move = (
    id: string,
    version: number,
    to: ReportState,
    actor: ChangeAuthor,
    extra: (
      trx: Kysely<Database>,
      row: Selectable<ReportsTable>,
      at: string,
    ) => Promise<Partial<ReportsTable>>,
    note: Record<string, JsonValue> = {},
  ) =>
    inTransaction(ctx, `report ${id} → ${to}`, async (trx) => {
      const row = await forChange(trx, id, version);
      const from = row.state as ReportState;
      if (!canMoveReport(from, to)) throw refuseMove(from, to);
      const at = ctx.now();
      const set: Partial<ReportsTable> = {
        ...(await extra(trx, row, at)),
        state: to,
        updated_at: at,
        version: row.version + 1,
      };
      await trx.updateTable('reports').set(set).where('id', '=', id).execute();
      await appendHistory(trx, {
        entity: 'report',
        entity_id: id,
        action: to === 'accepted' ? 'accept' : 'return',
        actor,
        at,
        before: { state: from },
        after: { state: to, ...note },
      });
      return toStoredReport({ ...row, ...set });
    });

  return {
    async create(report, submit, actor) {
      assertActor(actor);
      return inTransaction(ctx, 'adding a report', async (trx) => {
        await assertUnitsExist(trx, [report.unit_id]);
        const existing = await trx
          .selectFrom('reports')
          .select(['id', 'state'])
          .where('assignment_id', '=', report.assignment_id)
          .where('unit_id', '=', report.unit_id)
          .where('period', '=', report.period)
          .$call((q) =>
            report.item_id === null
              ? q.where('item_id', 'is', null)
              : q.where('item_id', '=', report.item_id),
          )
          .executeTakeFirst();
        if (existing !== undefined) {
          throw new LantuError(
            'CONFLICT',
            `本期已有报告（${REPORT_STATE_LABELS[existing.state as ReportState].zh}），请修改该报告 (a report for ${report.period} exists: ${existing.id})`,
          );
        }
        const at = ctx.now();
        const row: ReportsTable = {
          id: randomUUID(),
          assignment_id: report.assignment_id,
          item_id: report.item_id,
          unit_id: report.unit_id,
          period: report.period,
          ...pick(report),
          state: submit ? 'submitted' : 'draft',
          return_reason: null,
          author: authorName(actor),
          submitted_at: submit ? at : null,
          reviewer: null,
          reviewed_at: null,
          observation_id: null,
          created_at: at,
          updated_at: at,
          version: 1,
        };
        await trx.insertInto('reports').values(row).execute();
        await appendHistory(trx, {
          entity: 'report',
          entity_id: row.id,
          action: submit ? 'submit' : 'draft',
          actor,
          at,
          before: null,
          after: { period: row.period, state: row.state, ...pick(report) },
        });
        return toStoredReport(row);
      });
    },

    async edit(id, version, content, submit, actor) {
      assertActor(actor);
      return inTransaction(ctx, `editing report ${id}`, async (trx) => {
        const row = await forChange(trx, id, version);
        const from = row.state as ReportState;
        if (!EDITABLE_REPORT_STATES.includes(from)) {
          throw new LantuError(
            'CONFLICT',
            `报告已${REPORT_STATE_LABELS[from].zh}，不能修改 (a ${from} report cannot be edited)`,
          );
        }
        const to: ReportState = !submit ? from : from === 'returned' ? 'resubmitted' : 'submitted';
        const at = ctx.now();
        const set: Partial<ReportsTable> = {
          ...pick(content),
          state: to,
          updated_at: at,
          version: row.version + 1,
          ...(submit ? { submitted_at: at } : {}),
        };
        await trx.updateTable('reports').set(set).where('id', '=', id).execute();
        const diff = contentDiff(pick(row), pick(content));
        await appendHistory(trx, {
          entity: 'report',
          entity_id: id,
          action: submit ? (to === 'resubmitted' ? 'resubmit' : 'submit') : 'edit',
          actor,
          at,
          before: { ...diff.before, ...(to === from ? {} : { state: from }) },
          after: { ...diff.after, ...(to === from ? {} : { state: to }) },
        });
        return toStoredReport({ ...row, ...set });
      });
    },

    async accept(id, version, observation, actor) {
      assertActor(actor);
      if (observation !== null)
        assertNoProblems('observation', observationProblems(observation, ''));
      return move(id, version, 'accepted', actor, async (trx, _row, at) => {
        if (observation === null)
          return { reviewer: authorName(actor), reviewed_at: at, return_reason: null };
        const unknown = await unknownReferences(trx, [observation]);
        if (unknown.length > 0)
          throw new LantuError('INPUT_INVALID', `observation: ${unknown.join('; ')}`);
        const obs = observationRow(observation, { id: randomUUID(), createdAt: at });
        await trx.insertInto('observations').values(obs).execute();
        return {
          reviewer: authorName(actor),
          reviewed_at: at,
          return_reason: null,
          observation_id: obs.id,
        };
      });
    },

    async return(id, version, reason, actor) {
      assertActor(actor);
      const why = reason.trim();
      if (why === '') {
        throw new LantuError('INPUT_INVALID', '退回须说明理由 (a returned report needs a reason)');
      }
      return move(
        id,
        version,
        'returned',
        actor,
        (_trx, _row, at) =>
          Promise.resolve({ reviewer: authorName(actor), reviewed_at: at, return_reason: why }),
        { return_reason: why },
      );
    },

    async get(id) {
      const row = await ctx.db
        .selectFrom('reports')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (row === undefined) throw notFound(id);
      return toStoredReport(row);
    },

    async list(filter = {}) {
      if (filter.assignmentIds?.length === 0) return [];
      let query = ctx.db.selectFrom('reports').selectAll();
      if (filter.assignmentIds !== undefined)
        query = query.where('assignment_id', 'in', filter.assignmentIds);
      if (filter.unitId !== undefined) query = query.where('unit_id', '=', filter.unitId);
      if (filter.states !== undefined && filter.states.length > 0)
        query = query.where('state', 'in', filter.states);
      const rows = await query.orderBy('period').orderBy('created_at').orderBy('id').execute();
      return rows.map(toStoredReport);
    },
  };
}
