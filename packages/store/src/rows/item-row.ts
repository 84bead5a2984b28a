import type { Baseline, Comparator, Item, ItemKind, Measure, ReviewState } from '@lantu/core';
import type { Selectable } from 'kysely';
import { decodeNullableJson, encodeNullableJson } from '../json-column.js';
import type { LinkMethod, StoredItem } from '../records.js';
import type { ItemsTable } from '../schema.js';

/** The columns that hold core Item fields (what a reading writes and a correction edits). */
export type ItemColumns = Pick<
  ItemsTable,
  | 'kind'
  | 'metric'
  | 'measure'
  | 'comparator'
  | 'value'
  | 'value_max'
  | 'unit'
  | 'base_value'
  | 'base_unit'
  | 'year'
  | 'period'
  | 'recurring'
  | 'baseline'
  | 'scope'
  | 'text'
  | 'start'
  | 'end'
  | 'section'
>;

/** Core Item → its columns. */
export function itemColumns(item: Item): ItemColumns {
  return {
    kind: item.kind,
    metric: item.metric,
    measure: item.measure,
    comparator: item.comparator,
    value: item.value,
    value_max: item.value_max,
    unit: item.unit,
    base_value: item.base_value,
    base_unit: item.base_unit,
    year: item.year,
    period: item.period,
    recurring: item.recurring ? 1 : 0,
    baseline: encodeNullableJson(item.baseline),
    scope: item.scope,
    text: item.text,
    start: item.start,
    end: item.end,
    section: item.section,
  };
}

/** Row → core Item (only the reading's fields). */
export function toItem(row: Selectable<ItemsTable>): Item {
  return {
    kind: row.kind as ItemKind,
    metric: row.metric,
    measure: row.measure as Measure | null,
    comparator: row.comparator as Comparator | null,
    value: row.value,
    value_max: row.value_max,
    unit: row.unit,
    base_value: row.base_value,
    base_unit: row.base_unit,
    year: row.year,
    period: row.period,
    recurring: row.recurring === 1,
    baseline: decodeNullableJson<Baseline>(row.baseline),
    scope: row.scope,
    text: row.text,
    start: row.start,
    end: row.end,
    section: row.section,
  };
}

/** Row → StoredItem. */
export function toStoredItem(row: Selectable<ItemsTable>): StoredItem {
  return {
    ...toItem(row),
    id: row.id,
    document_id: row.document_id,
    idx: row.idx,
    review_state: row.review_state as ReviewState,
    indicator_code: row.indicator_code,
    link_confidence: row.link_confidence,
    link_method: row.link_method as LinkMethod | null,
    jurisdiction_code: row.jurisdiction_code,
    updated_at: row.updated_at,
    version: row.version,
  };
}
