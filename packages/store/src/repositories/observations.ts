import { randomUUID } from 'node:crypto';
import { LantuError, type Observation } from '@lantu/core';
import { chunk } from '../batch.js';
import { asLantuError } from '../db-errors.js';
import type { ChangeAuthor, StoredObservation } from '../records.js';
import { appendHistory } from './history.js';
import { observationRow, toStoredObservation } from '../rows/observation-row.js';
import type { StoreContext } from '../store-context.js';
import { assertNoProblems } from '../validation/checks.js';
import { observationProblems } from '../validation/observation-problems.js';
import { unknownReferences } from './observation-references.js';

/** One indicator's figures for one jurisdiction. */
export interface SeriesQuery {
  readonly indicatorCode: string;
  readonly jurisdictionCode: string;
  readonly measure?: Observation['measure'];
}

/** Reported figures. */
export interface ObservationRepository {
  /**
   * Stores a batch in one transaction: all of it, or (INPUT_INVALID for bad values or
   * unknown codes, or any database failure) none of it. Returns them in input order.
   */
  addMany(observations: readonly Observation[]): Promise<StoredObservation[]>;
  /** By year; whole-year figures before part-year ones of the same year; then oldest first. */
  series(query: SeriesQuery): Promise<StoredObservation[]>;
  /** One figure; NOT_FOUND when there is none. */
  get(id: string): Promise<StoredObservation>;
  /** Figures of one source type (`manual`: entered by a person), newest first. */
  listBySource(type: Observation['source']['type']): Promise<StoredObservation[]>;
  /**
   * A person's figure, with a history entry (`enter`) naming who entered it: the figures
   * people type in are changed and withdrawn later, so each keeps its own trail.
   */
  enter(observation: Observation, author: ChangeAuthor): Promise<StoredObservation>;
  /** Corrects a figure in place (history `correct`, old and new values). */
  correct(id: string, observation: Observation, author: ChangeAuthor): Promise<StoredObservation>;
  /** Withdraws (deletes) a figure (history `withdraw`, with the old values). */
  withdraw(id: string, author: ChangeAuthor): Promise<void>;
}

/** What history keeps of a figure: the fields a reader compares, not the row's bookkeeping. */
function figureFields(o: Observation) {
  return {
    indicator_code: o.indicator_code,
    jurisdiction: o.jurisdiction,
    year: o.year,
    period: o.period,
    measure: o.measure,
    value: o.value,
    base_unit: o.base_unit,
    source: o.source,
  } as const;
}

/** The observation repository over a store connection. */
export function createObservationRepository(ctx: StoreContext): ObservationRepository {
  const get = async (id: string): Promise<StoredObservation> => {
    const row = await ctx.db
      .selectFrom('observations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) throw new LantuError('NOT_FOUND', `没有这条数据 (no figure ${id})`);
    return toStoredObservation(row);
  };
  return {
    async addMany(observations) {
      assertNoProblems(
        'observations',
        observations.flatMap((o, index) => observationProblems(o, `[${index}]`)),
      );
      const createdAt = ctx.now();
      const rows = observations.map((o) => observationRow(o, { id: randomUUID(), createdAt }));
      try {
        await ctx.db.transaction().execute(async (trx) => {
          const unknown = await unknownReferences(trx, observations);
          if (unknown.length > 0) {
            throw new LantuError('INPUT_INVALID', `observations: ${unknown.join('; ')}`);
          }
          for (const batch of chunk(rows))
            await trx.insertInto('observations').values(batch).execute();
        });
      } catch (error) {
        throw asLantuError(error, 'adding observations');
      }
      return rows.map(toStoredObservation);
    },
    async series({ indicatorCode, jurisdictionCode, measure }) {
      let query = ctx.db
        .selectFrom('observations')
        .selectAll()
        .where('indicator_code', '=', indicatorCode)
        .where('jurisdiction_code', '=', jurisdictionCode);
      if (measure !== undefined) query = query.where('measure', '=', measure);
      const rows = await query
        .orderBy('year')
        // Portable NULLS FIRST: the two dialects sort NULL at opposite ends by default.
        .orderBy((eb) => eb.case().when('period', 'is', null).then(0).else(1).end())
        .orderBy('period')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toStoredObservation);
    },
    get,
    async listBySource(type) {
      const rows = await ctx.db
        .selectFrom('observations')
        .selectAll()
        .where('source_type', '=', type)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toStoredObservation);
    },
    async enter(observation, author) {
      assertNoProblems('observation', observationProblems(observation, ''));
      const at = ctx.now();
      const row = observationRow(observation, { id: randomUUID(), createdAt: at });
      try {
        await ctx.db.transaction().execute(async (trx) => {
          const unknown = await unknownReferences(trx, [observation]);
          if (unknown.length > 0) {
            throw new LantuError('INPUT_INVALID', `observation: ${unknown.join('; ')}`);
          }
          await trx.insertInto('observations').values(row).execute();
          await appendHistory(trx, {
            entity: 'observation',
            entity_id: row.id,
            action: 'enter',
            actor: author,
            at,
            before: null,
            after: figureFields(observation),
          });
        });
      } catch (error) {
        throw asLantuError(error, 'entering a figure');
      }
      return toStoredObservation(row);
    },
    async correct(id, observation, author) {
      assertNoProblems('observation', observationProblems(observation, ''));
      const at = ctx.now();
      const old = await get(id);
      const row = observationRow(observation, { id, createdAt: old.created_at });
      try {
        await ctx.db.transaction().execute(async (trx) => {
          const unknown = await unknownReferences(trx, [observation]);
          if (unknown.length > 0) {
            throw new LantuError('INPUT_INVALID', `observation: ${unknown.join('; ')}`);
          }
          const { id: _id, created_at: _created, ...changes } = row;
          const result = await trx
            .updateTable('observations')
            .set(changes)
            .where('id', '=', id)
            .executeTakeFirst();
          if (result.numUpdatedRows === 0n) {
            throw new LantuError('NOT_FOUND', `没有这条数据 (no figure ${id})`);
          }
          await appendHistory(trx, {
            entity: 'observation',
            entity_id: id,
            action: 'correct',
            actor: author,
            at,
            before: figureFields(old),
            after: figureFields(observation),
          });
        });
      } catch (error) {
        throw asLantuError(error, 'correcting a figure');
      }
      return toStoredObservation(row);
    },
    async withdraw(id, author) {
      const old = await get(id);
      try {
        await ctx.db.transaction().execute(async (trx) => {
          const result = await trx
            .deleteFrom('observations')
            .where('id', '=', id)
            .executeTakeFirst();
          if (result.numDeletedRows === 0n) {
            throw new LantuError('NOT_FOUND', `没有这条数据 (no figure ${id})`);
          }
          await appendHistory(trx, {
            entity: 'observation',
            entity_id: id,
            action: 'withdraw',
            actor: author,
            at: ctx.now(),
            before: figureFields(old),
            after: null,
          });
        });
      } catch (error) {
        throw asLantuError(error, 'withdrawing a figure');
      }
    },
  };
}
