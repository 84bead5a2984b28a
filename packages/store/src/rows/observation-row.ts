import type { Observation, ObservationSource } from '@lantu/core';
import type { Selectable } from 'kysely';
import { decodeJson, encodeJson } from '../json-column.js';
import type { StoredObservation } from '../records.js';
import type { ObservationsTable } from '../schema.js';

/** Core Observation → row; `item_id` is lifted out of a document source so it can be joined. */
export function observationRow(
  observation: Observation,
  ids: { readonly id: string; readonly createdAt: string },
): ObservationsTable {
  const { source } = observation;
  return {
    id: ids.id,
    indicator_code: observation.indicator_code,
    jurisdiction_code: observation.jurisdiction,
    year: observation.year,
    period: observation.period,
    measure: observation.measure,
    value: observation.value,
    base_unit: observation.base_unit,
    comparator: observation.comparator,
    source_type: source.type,
    source: encodeJson(source),
    item_id: source.type === 'document' ? source.item_id : null,
    created_at: ids.createdAt,
  };
}

/** Row → StoredObservation (`source_type` is not needed: the source says its type). */
export function toStoredObservation(
  row: Omit<Selectable<ObservationsTable>, 'source_type'>,
): StoredObservation {
  return {
    id: row.id,
    indicator_code: row.indicator_code,
    jurisdiction: row.jurisdiction_code,
    year: row.year,
    period: row.period,
    measure: row.measure as Observation['measure'],
    value: row.value,
    base_unit: row.base_unit,
    comparator: row.comparator as Observation['comparator'],
    source: decodeJson<ObservationSource>(row.source),
    item_id: row.item_id,
    created_at: row.created_at,
  };
}
