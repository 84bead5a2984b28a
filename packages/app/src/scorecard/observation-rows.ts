import type { Observation, ScopedObservation } from '@lantu/core';
import { toStoredObservation, type StoredObservation } from '@lantu/store';
import type { AppContext } from '../app-context.js';

/** A stored observation as the status engine reads it, with a rank's scope when known. */
export type EffectiveObservation = StoredObservation & ScopedObservation;

/** `indicator␀jurisdiction`: the series an observation or a target belongs to. */
export function seriesKey(indicator: string, jurisdiction: string): string {
  return `${indicator}\u0000${jurisdiction}`;
}

const IN_CHUNK = 500;

/**
 * The columns a stored observation is built from, all of them in the covering index
 * `observations_series_covering` (SQLite), so a series is read from the index alone.
 */
const OBSERVATION_COLUMNS = [
  'id',
  'indicator_code',
  'jurisdiction_code',
  'year',
  'period',
  'measure',
  'value',
  'base_unit',
  'comparator',
  'source',
  'item_id',
  'created_at',
] as const;

/** The current state of a document item that an observation was read from. */
interface ItemState {
  readonly kind: string;
  readonly review_state: string;
  readonly indicator_code: string | null;
  readonly jurisdiction_code: string | null;
  readonly base_value: number | null;
  readonly base_unit: string | null;
  readonly year: number | null;
  readonly period: string | null;
  readonly measure: string | null;
  readonly comparator: string | null;
  readonly scope: string | null;
}

/**
 * The observations of the given series, grouped by series key, each series ordered by
 * year, whole-year figures first, then oldest first (the status engine lets the last
 * exact figure of a period win). One query per 500 series (each jurisdiction with just
 * the indicators asked for), plus one for the items behind figures read from documents,
 * when there are any: most figures come from tables, and a join would widen every row
 * for the few.
 *
 * A figure read from a document follows its item as it is now: a person's correction of
 * the value wins, a rejected item gives no figure, and a row stored for a link the item
 * no longer has is ignored. Rank figures carry the item's scope (全国, 全省县（市、区）).
 */
export async function loadObservations(
  ctx: AppContext,
  series: ReadonlySet<string>,
): Promise<Map<string, EffectiveObservation[]>> {
  const out = new Map<string, EffectiveObservation[]>();
  if (series.size === 0) return out;
  // The indicators each jurisdiction's targets need, so only those series are read.
  const byJurisdiction = new Map<string, string[]>();
  for (const key of series) {
    const [indicator = '', jurisdiction = ''] = key.split('\u0000');
    const list = byJurisdiction.get(jurisdiction);
    if (list === undefined) byJurisdiction.set(jurisdiction, [indicator]);
    else list.push(indicator);
  }
  const rows: StoredObservation[] = [];
  const groups = [...byJurisdiction];
  let at = 0;
  while (at < groups.length) {
    // About IN_CHUNK series a query, so the bound parameters stay well within limits.
    const chunk: (readonly [string, string[]])[] = [];
    for (let n = 0; at < groups.length && (n === 0 || n < IN_CHUNK); at++) {
      const group = groups[at] as [string, string[]];
      chunk.push(group);
      n += group[1].length;
    }
    const found = await ctx.db
      .selectFrom('observations')
      .select(OBSERVATION_COLUMNS)
      .where((eb) =>
        eb.or(
          chunk.map(([jurisdiction, indicators]) =>
            eb.and([
              eb('indicator_code', 'in', indicators),
              eb('jurisdiction_code', '=', jurisdiction),
            ]),
          ),
        ),
      )
      .execute();
    for (const row of found) rows.push(toStoredObservation(row));
  }
  const items = await itemStates(ctx, rows);
  for (const base of rows) {
    let observation: EffectiveObservation = base;
    const item = base.item_id === null ? undefined : items.get(base.item_id);
    if (item !== undefined) {
      const stillHolds =
        item.kind === 'actual' &&
        item.review_state !== 'rejected' &&
        item.indicator_code === base.indicator_code &&
        item.jurisdiction_code === base.jurisdiction &&
        item.base_value !== null &&
        item.year !== null &&
        item.comparator !== 'range';
      if (!stillHolds) continue;
      observation = {
        ...base,
        value: item.base_value ?? base.value,
        base_unit: item.base_unit,
        year: item.year ?? base.year,
        period: item.period,
        measure: (item.measure ?? 'level') as Observation['measure'],
        comparator: (item.comparator ?? '=') as Observation['comparator'],
        scope: item.scope,
      };
    }
    const key = seriesKey(observation.indicator_code, observation.jurisdiction);
    const list = out.get(key);
    if (list === undefined) out.set(key, [observation]);
    else list.push(observation);
  }
  for (const list of out.values()) list.sort(compareObservations);
  return out;
}

/** The items behind the document figures among `rows`, by id. */
async function itemStates(
  ctx: AppContext,
  rows: readonly StoredObservation[],
): Promise<Map<string, ItemState>> {
  const ids = [...new Set(rows.flatMap((r) => (r.item_id === null ? [] : [r.item_id])))];
  const out = new Map<string, ItemState>();
  for (let at = 0; at < ids.length; at += IN_CHUNK) {
    const chunk = await ctx.db
      .selectFrom('items')
      .select([
        'id',
        'kind',
        'review_state',
        'indicator_code',
        'jurisdiction_code',
        'base_value',
        'base_unit',
        'year',
        'period',
        'measure',
        'comparator',
        'scope',
      ])
      .where('id', 'in', ids.slice(at, at + IN_CHUNK))
      .execute();
    for (const { id, ...state } of chunk) out.set(id, state);
  }
  return out;
}

const MEASURE_ORDER = ['level', 'increase', 'decrease', 'rank'];

/**
 * Year, whole year first, measure, then the order figures were stored in: a batch shares
 * one timestamp, so within it the place in the source (offset, table row) decides, and
 * the order is the same on every run.
 */
function compareObservations(a: StoredObservation, b: StoredObservation): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.period !== b.period) {
    if (a.period === null) return -1;
    if (b.period === null) return 1;
    return a.period < b.period ? -1 : 1;
  }
  if (a.measure !== b.measure)
    return MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure);
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? -1 : 1;
  const place = sourcePlace(a) - sourcePlace(b);
  if (place !== 0) return place;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sourcePlace(o: StoredObservation): number {
  switch (o.source.type) {
    case 'document':
      return o.source.start;
    case 'table':
      return o.source.row;
    case 'manual':
    case 'report':
      return 0;
  }
}
