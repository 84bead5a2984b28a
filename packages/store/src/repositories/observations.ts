import { randomUUID } from 'node:crypto';
import { LantuError, type Observation } from '@lantu/core';
import { chunk } from '../batch.js';
import { asLantuError } from '../db-errors.js';
import type { StoredObservation } from '../records.js';
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
}

/** The observation repository over a store connection. */
export function createObservationRepository(ctx: StoreContext): ObservationRepository {
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
  };
}
