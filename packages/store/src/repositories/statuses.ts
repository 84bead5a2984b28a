import { STATUS_CODES, type ItemKind, type StatusCode, type TargetStatus } from '@lantu/core';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../schema.js';
import { chunk } from '../batch.js';
import { decodeJson, encodeJson } from '../json-column.js';
import type { StoreContext } from '../store-context.js';
import { createStatusExportReads, type StatusExportReads } from './status-export.js';

/** One computed status to keep: the item it belongs to, where it sits, and the status. */
export interface StatusInput {
  readonly item_id: string;
  readonly jurisdiction_code: string;
  readonly document_id: string;
  /** The item's reading-order index in its document. */
  readonly idx: number;
  readonly status: TargetStatus;
}

/** One page of stored statuses, in scorecard order. */
export interface StatusPage {
  readonly rows: readonly { readonly item_id: string; readonly status: TargetStatus }[];
  /** Rows matching the status filter (all rows without one). */
  readonly total: number;
  /** Rows per status, over every stored row of the jurisdiction and date. */
  readonly totals: Readonly<Record<StatusCode, number>>;
}

export interface StatusPageQuery {
  readonly limit?: number;
  readonly offset?: number;
  readonly status?: StatusCode;
  /** Only items due in this year (narrows the totals too). */
  readonly year?: number;
  /** Only targets or only milestones (narrows the totals too). */
  readonly kind?: Extract<ItemKind, 'target' | 'milestone'>;
}

/**
 * Computed statuses stored per (item, as-of date), plus each jurisdiction's
 * cross-document findings for that date. A cache: whoever writes what a status rests on
 * calls `invalidate`, and the app computes them again.
 */
export interface StatusRepository extends StatusExportReads {
  /** Stores (or replaces) statuses, and the findings of jurisdictions given in `findings`. */
  putMany(
    asOf: string,
    statuses: readonly StatusInput[],
    findings?: ReadonlyMap<string, unknown>,
  ): Promise<void>;
  /** How many statuses are stored for the jurisdiction (every one when undefined) and date. */
  count(jurisdiction: string | undefined, asOf: string): Promise<number>;
  /** The stored findings of the jurisdiction and date, or null. */
  findings<T>(jurisdiction: string, asOf: string): Promise<T | null>;
  /** The stored statuses of these items for the date (items without one are left out). */
  forItems(ids: readonly string[], asOf: string): Promise<Map<string, TargetStatus>>;
  /** The stored findings of every jurisdiction for the date, in jurisdiction order. */
  allFindings<T>(asOf: string): Promise<T[]>;
  /**
   * Stored statuses of one jurisdiction (every one when undefined) and date, ordered as
   * the scorecard orders its rows (document date, undated last, then document, then
   * reading order), with totals counted by SQL (`GROUP BY status`), never row by row.
   */
  page(
    jurisdiction: string | undefined,
    asOf: string,
    query?: StatusPageQuery,
  ): Promise<StatusPage>;
  /** Drops what is stored for these jurisdictions (every date), or for all. */
  invalidate(jurisdictions: readonly string[] | 'all'): Promise<void>;
}

/** The year and kind conditions of a page, on a query over `items`. */
function narrowItems<O>(
  q: SelectQueryBuilder<Database, 'items', O>,
  query: StatusPageQuery,
): SelectQueryBuilder<Database, 'items', O> {
  let narrowed = q;
  if (query.year !== undefined) narrowed = narrowed.where('items.year', '=', query.year);
  if (query.kind !== undefined) narrowed = narrowed.where('items.kind', '=', query.kind);
  return narrowed;
}

/** Rows per INSERT: 8 columns each keeps far under either dialect's parameter limit. */
const STATUS_BATCH = 500;

export function createStatusRepository(ctx: StoreContext): StatusRepository {
  const { db } = ctx;
  return {
    ...createStatusExportReads(ctx),
    async putMany(asOf, statuses, findings) {
      if (statuses.length === 0 && (findings === undefined || findings.size === 0)) return;
      await db.transaction().execute(async (trx) => {
        for (const slice of chunk(statuses, STATUS_BATCH)) {
          await trx
            .insertInto('target_statuses')
            .values(
              slice.map((s) => ({
                item_id: s.item_id,
                jurisdiction_code: s.jurisdiction_code,
                as_of: asOf,
                status: s.status.status,
                method: s.status.method,
                payload: encodeJson(s.status),
                document_id: s.document_id,
                idx: s.idx,
              })),
            )
            .onConflict((oc) =>
              oc.columns(['item_id', 'as_of']).doUpdateSet((eb) => ({
                jurisdiction_code: eb.ref('excluded.jurisdiction_code'),
                status: eb.ref('excluded.status'),
                method: eb.ref('excluded.method'),
                payload: eb.ref('excluded.payload'),
                document_id: eb.ref('excluded.document_id'),
                idx: eb.ref('excluded.idx'),
              })),
            )
            .execute();
        }
        for (const [code, payload] of findings ?? []) {
          await trx
            .insertInto('scorecard_findings')
            .values({ jurisdiction_code: code, as_of: asOf, payload: encodeJson(payload) })
            .onConflict((oc) =>
              oc
                .columns(['jurisdiction_code', 'as_of'])
                .doUpdateSet((eb) => ({ payload: eb.ref('excluded.payload') })),
            )
            .execute();
        }
      });
    },

    async count(jurisdiction, asOf) {
      let q = db
        .selectFrom('target_statuses')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('as_of', '=', asOf);
      if (jurisdiction !== undefined) q = q.where('jurisdiction_code', '=', jurisdiction);
      const row = await q.executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async forItems(ids, asOf) {
      const found = new Map<string, TargetStatus>();
      for (const slice of chunk(ids, STATUS_BATCH)) {
        const rows = await db
          .selectFrom('target_statuses')
          .select(['item_id', 'payload'])
          .where('as_of', '=', asOf)
          .where('item_id', 'in', [...slice])
          .execute();
        for (const row of rows) found.set(row.item_id, decodeJson<TargetStatus>(row.payload));
      }
      return found;
    },

    async allFindings<T>(asOf: string): Promise<T[]> {
      const rows = await db
        .selectFrom('scorecard_findings')
        .select('payload')
        .where('as_of', '=', asOf)
        .orderBy('jurisdiction_code')
        .execute();
      return rows.map((row) => decodeJson<T>(row.payload));
    },

    async findings<T>(jurisdiction: string, asOf: string): Promise<T | null> {
      const row = await db
        .selectFrom('scorecard_findings')
        .select('payload')
        .where('jurisdiction_code', '=', jurisdiction)
        .where('as_of', '=', asOf)
        .executeTakeFirst();
      return row === undefined ? null : decodeJson<T>(row.payload);
    },

    async page(jurisdiction, asOf, query = {}) {
      const narrowed = query.year !== undefined || query.kind !== undefined;
      let counting = db
        .selectFrom('target_statuses')
        .select(['target_statuses.status', (eb) => eb.fn.countAll().as('n')])
        .where('target_statuses.as_of', '=', asOf);
      if (jurisdiction !== undefined) {
        counting = counting.where('target_statuses.jurisdiction_code', '=', jurisdiction);
      }
      if (narrowed) {
        counting = counting.where((eb) =>
          eb.exists(
            narrowItems(eb.selectFrom('items').select('items.id'), query).where(
              sql<boolean>`items.id = target_statuses.item_id`,
            ),
          ),
        );
      }
      const counts = await counting.groupBy('target_statuses.status').execute();
      const totals = Object.fromEntries(STATUS_CODES.map((code) => [code, 0])) as Record<
        StatusCode,
        number
      >;
      for (const { status, n } of counts) totals[status as StatusCode] += Number(n);
      const total =
        query.status === undefined
          ? Object.values(totals).reduce((a, b) => a + b, 0)
          : totals[query.status];
      let q = db
        .selectFrom('target_statuses')
        .innerJoin('documents', 'documents.id', 'target_statuses.document_id')
        .select(['target_statuses.item_id', 'target_statuses.payload'])
        .where('target_statuses.as_of', '=', asOf);
      if (jurisdiction !== undefined) {
        q = q.where('target_statuses.jurisdiction_code', '=', jurisdiction);
      }
      if (query.status !== undefined) q = q.where('target_statuses.status', '=', query.status);
      if (narrowed) {
        q = q.where((eb) =>
          eb.exists(
            narrowItems(eb.selectFrom('items').select('items.id'), query).where(
              sql<boolean>`items.id = target_statuses.item_id`,
            ),
          ),
        );
      }
      q = q
        .orderBy(sql`case when documents.date is null then 1 else 0 end`)
        .orderBy('documents.date')
        .orderBy('target_statuses.document_id')
        .orderBy('target_statuses.idx');
      const offset = query.offset ?? 0;
      if (query.limit !== undefined) q = q.limit(query.limit).offset(offset);
      else if (offset > 0) q = q.limit(Number.MAX_SAFE_INTEGER).offset(offset);
      const rows = await q.execute();
      return {
        rows: rows.map((r) => ({
          item_id: r.item_id,
          status: decodeJson<TargetStatus>(r.payload),
        })),
        total,
        totals,
      };
    },

    async invalidate(jurisdictions) {
      if (jurisdictions !== 'all' && jurisdictions.length === 0) return;
      await db.transaction().execute(async (trx) => {
        if (jurisdictions === 'all') {
          await trx.deleteFrom('target_statuses').execute();
          await trx.deleteFrom('scorecard_findings').execute();
          return;
        }
        const codes = [...jurisdictions];
        await trx.deleteFrom('target_statuses').where('jurisdiction_code', 'in', codes).execute();
        await trx
          .deleteFrom('scorecard_findings')
          .where('jurisdiction_code', 'in', codes)
          .execute();
      });
    },
  };
}
