import type { StatusCode, TargetStatus } from '@lantu/core';
import type { ExpressionBuilder, JoinBuilder, SelectQueryBuilder } from 'kysely';
import { contains } from '../contains.js';
import { chunk } from '../batch.js';
import { decodeJson } from '../json-column.js';
import { ITEM_PLACE_COLUMNS, toItemPlace, type ItemPlace } from '../rows/item-place.js';
import type { Database } from '../schema.js';
import type { StoreContext } from '../store-context.js';

/**
 * The rows an export reads: the scorecard filter's conditions, all of them in SQL, over
 * the items that have a status stored for `asOf` (rejected items left out, as on screen).
 */
export interface StatusExportScope {
  readonly asOf: string;
  readonly kinds: readonly ('target' | 'milestone')[];
  readonly jurisdiction?: string;
  /** Only items of these documents (one document, or a plan's). */
  readonly documentIds?: readonly string[];
  /** Only items due in this span of years, or undated (a plan's period). */
  readonly yearRange?: readonly [number, number];
  readonly indicator?: string;
  readonly year?: number;
  readonly status?: StatusCode;
  /** Substring of metric or text (see contains.ts). */
  readonly q?: string;
}

/** What rows are grouped by besides their document: the sort keys SQL can compare. */
export type StatusGroupKey = 'status' | 'year' | 'metric';

/** A key's value: a status code, a year (null when undated), a metric name. */
export type StatusKeyValue = string | number | null;

/** Documents whose titles are read in one query. */
const DOCUMENT_BATCH = 500;

/**
 * Items of one document in a scope with one stored status (or none) and one key value,
 * counted by SQL.
 */
export interface StatusGroup {
  readonly document_id: string;
  readonly document_title: string;
  readonly document_date: string | null;
  /** The status stored for the scope's date; null: none is stored. */
  readonly status: StatusCode | null;
  /** The key's value; null when grouped by document only. */
  readonly key: StatusKeyValue;
  readonly count: number;
}

/** Which rows of a scope to read: of some documents, optionally some key values or positions. */
export interface StatusRowsQuery {
  readonly documents: readonly string[];
  /** With `keys`: only rows whose key is one of them. */
  readonly by?: StatusGroupKey;
  readonly keys?: readonly StatusKeyValue[];
  /** Only rows after this reading-order index (keyset paging within one document). */
  readonly afterIdx?: number;
  readonly limit?: number;
  /** Only these reading-order indexes of each document (the documents are their keys). */
  readonly positions?: ReadonlyMap<string, readonly number[]>;
}

/** One stored status with where its item sits and the value of the key asked for. */
export interface StatusExportRow extends ItemPlace {
  readonly key: StatusKeyValue;
  readonly status: TargetStatus;
}

/** Items of the scope without a stored status, counted per jurisdiction (null: none). */
export interface UnstoredCount {
  readonly jurisdiction_code: string | null;
  readonly count: number;
}

export interface StatusExportReads {
  /**
   * The scope's items counted per document, stored status (null: none stored for its date)
   * and, with `by`, key value, in no order; the scope's own status is not applied (it is
   * one of the groups), so one pass gives the rows, the totals per status and what is
   * missing. Status keys are the status.
   */
  exportGroups(
    scope: Omit<StatusExportScope, 'status'>,
    by?: StatusGroupKey,
  ): Promise<StatusGroup[]>;
  /** Rows of the scope, ordered by document id then reading order. */
  exportRows(scope: StatusExportScope, query: StatusRowsQuery): Promise<StatusExportRow[]>;
  /** Items the scope would show that have no status stored for its date (status ignored). */
  unstored(scope: StatusExportScope): Promise<UnstoredCount[]>;
  /**
   * The findings stored for a date, of one jurisdiction or of every one, in jurisdiction
   * order, read a few jurisdictions at a time (a province's together are gigabytes).
   */
  exportFindings<T>(asOf: string, jurisdiction?: string): AsyncGenerator<T>;
}

/** Jurisdictions whose stored findings are read at once. */
const FINDINGS_BATCH = 20;

type JoinedQuery<O> = SelectQueryBuilder<Database, 'items' | 'target_statuses', O>;

const KEY_COLUMNS = {
  status: 'target_statuses.status',
  year: 'items.year',
  metric: 'items.metric',
} as const;

/** The item conditions of a scope (everything but its status). */
function itemConditions<O>(
  ctx: StoreContext,
  query: JoinedQuery<O>,
  scope: StatusExportScope,
): JoinedQuery<O> {
  let q = query
    .where('items.kind', 'in', [...scope.kinds])
    .where('items.review_state', '!=', 'rejected');
  if (scope.jurisdiction !== undefined) {
    q = q.where('items.jurisdiction_code', '=', scope.jurisdiction);
  }
  if (scope.documentIds !== undefined) {
    // No documents match nothing (`in ()` is not valid SQL).
    q = q.where('items.document_id', 'in', ['', ...scope.documentIds]);
  }
  if (scope.yearRange !== undefined) {
    const [from, to] = scope.yearRange;
    q = q.where((eb) => eb.or([eb('items.year', 'is', null), eb.between('items.year', from, to)]));
  }
  if (scope.indicator !== undefined) q = q.where('items.indicator_code', '=', scope.indicator);
  if (scope.year !== undefined) q = q.where('items.year', '=', scope.year);
  const needle = scope.q?.trim() ?? '';
  if (needle !== '') {
    q = q.where((eb) =>
      eb.or([
        contains(ctx.dialect, eb.ref('items.metric'), needle),
        contains(ctx.dialect, eb.ref('items.text'), needle),
      ]),
    );
  }
  return q;
}

/** The join of an item to its status stored for `asOf` (inner: only items with one). */
function statusOf(asOf: string) {
  return (join: JoinBuilder<Database, 'items' | 'target_statuses'>) =>
    join.onRef('target_statuses.item_id', '=', 'items.id').on('target_statuses.as_of', '=', asOf);
}

/** Items of the scope joined to their status stored for its date, narrowed by its status. */
function scoped(ctx: StoreContext, scope: StatusExportScope) {
  const q = itemConditions(
    ctx,
    ctx.db.selectFrom('items').innerJoin('target_statuses', statusOf(scope.asOf)),
    scope,
  );
  return scope.status === undefined ? q : q.where('target_statuses.status', '=', scope.status);
}

/** `key` is one of `keys`; SQL's `in` never matches null, so an undated year is asked apart. */
function keyIn(
  eb: ExpressionBuilder<Database, 'items' | 'target_statuses'>,
  by: StatusGroupKey,
  keys: readonly StatusKeyValue[],
) {
  const column = KEY_COLUMNS[by];
  const values = keys.filter((k): k is string | number => k !== null);
  const either = [];
  if (values.length > 0) either.push(eb(column, 'in', values as never[]));
  if (values.length < keys.length) either.push(eb(column, 'is', null));
  return eb.or(either);
}

function rowConditions<O>(q: JoinedQuery<O>, query: StatusRowsQuery): JoinedQuery<O> {
  let narrowed = q.where('items.document_id', 'in', ['', ...query.documents]);
  const { by, keys, positions } = query;
  if (by !== undefined && keys !== undefined)
    narrowed = narrowed.where((eb) => keyIn(eb, by, keys));
  if (query.afterIdx !== undefined) narrowed = narrowed.where('items.idx', '>', query.afterIdx);
  if (positions !== undefined) {
    narrowed = narrowed.where((eb) =>
      eb.or(
        [...positions].map(([document, idxs]) =>
          eb.and([eb('items.document_id', '=', document), eb('items.idx', 'in', [-1, ...idxs])]),
        ),
      ),
    );
  }
  return narrowed;
}

/**
 * The reads a streamed export is made of. An export orders its rows by a key and then as
 * the scorecard does (document, reading order); it first counts the scope's rows per
 * document and key value, then reads them a few documents (or one document's index range)
 * at a time, so every read is served by `items_by_document` and none holds the whole scope.
 */
export function createStatusExportReads(ctx: StoreContext): StatusExportReads {
  return {
    async exportGroups(scope, by) {
      let counted = itemConditions(
        ctx,
        ctx.db.selectFrom('items').leftJoin('target_statuses', statusOf(scope.asOf)),
        scope,
      )
        .select(['items.document_id', 'target_statuses.status', (eb) => eb.fn.countAll().as('n')])
        .groupBy(['items.document_id', 'target_statuses.status']);
      const column = by === 'year' || by === 'metric' ? KEY_COLUMNS[by] : undefined;
      if (column !== undefined) {
        counted = counted
          .select((eb) => eb.ref(column as 'items.metric').as('key' as 'status'))
          .groupBy(column);
      }
      const rows = (await counted.execute()) as {
        document_id: string;
        status: string | null;
        n: number | string | bigint;
        key?: StatusKeyValue;
      }[];
      // Titles and dates once per document, not joined to every item counted.
      const documents = new Map<string, { title: string; date: string | null }>();
      for (const ids of chunk([...new Set(rows.map((r) => r.document_id))], DOCUMENT_BATCH)) {
        const found = await ctx.db
          .selectFrom('documents')
          .select(['id', 'title', 'date'])
          .where('id', 'in', ids)
          .execute();
        for (const d of found) documents.set(d.id, { title: d.title, date: d.date });
      }
      return rows.map((row) => {
        const status = row.status as StatusCode | null;
        return {
          document_id: row.document_id,
          document_title: documents.get(row.document_id)?.title ?? '',
          document_date: documents.get(row.document_id)?.date ?? null,
          status,
          key: by === 'status' ? status : (row.key ?? null),
          count: Number(row.n),
        };
      });
    },

    async exportRows(scope, query) {
      // The item with its document and section in the same read as its status.
      let q = rowConditions(scoped(ctx, scope), query)
        .innerJoin('documents', 'documents.id', 'items.document_id')
        .leftJoin('outline_nodes', (join) =>
          join
            .onRef('outline_nodes.document_id', '=', 'items.document_id')
            .onRef('outline_nodes.idx', '=', 'items.section'),
        )
        .selectAll('items')
        .select([...ITEM_PLACE_COLUMNS, 'target_statuses.payload'])
        .orderBy('items.document_id')
        .orderBy('items.idx');
      if (query.limit !== undefined) q = q.limit(query.limit);
      const rows = await q.execute();
      return rows.map((row) => {
        const status = decodeJson<TargetStatus>(row.payload);
        const key =
          query.by === 'year' ? row.year : query.by === 'metric' ? row.metric : status.status;
        return {
          ...toItemPlace(row),
          key: query.by === undefined ? null : key,
          status,
        };
      });
    },

    async *exportFindings<T>(asOf: string, jurisdiction?: string): AsyncGenerator<T> {
      let after: string | undefined;
      for (;;) {
        let q = ctx.db
          .selectFrom('scorecard_findings')
          .select(['jurisdiction_code', 'payload'])
          .where('as_of', '=', asOf)
          .orderBy('jurisdiction_code')
          .limit(FINDINGS_BATCH);
        if (jurisdiction !== undefined) q = q.where('jurisdiction_code', '=', jurisdiction);
        if (after !== undefined) q = q.where('jurisdiction_code', '>', after);
        const rows = await q.execute();
        for (const row of rows) yield decodeJson<T>(row.payload);
        const last = rows.at(-1);
        if (last === undefined || rows.length < FINDINGS_BATCH) return;
        after = last.jurisdiction_code;
      }
    },

    async unstored(scope) {
      const rows = await itemConditions(
        ctx,
        ctx.db
          .selectFrom('items')
          .leftJoin('target_statuses', (join) =>
            join
              .onRef('target_statuses.item_id', '=', 'items.id')
              .on('target_statuses.as_of', '=', scope.asOf),
          ),
        scope,
      )
        .where('target_statuses.item_id', 'is', null)
        .select(['items.jurisdiction_code', (eb) => eb.fn.countAll().as('n')])
        .groupBy('items.jurisdiction_code')
        .execute();
      return rows.map((row) => ({
        jurisdiction_code: row.jurisdiction_code,
        count: Number(row.n),
      }));
    },
  };
}
