import type { Indicator, Polarity, UnitFamily } from '@lantu/core';
import type { Selectable } from 'kysely';
import { decodeJson, encodeJson } from '../json-column.js';
import type { StoredIndicator } from '../records.js';
import type { IndicatorsTable } from '../schema.js';

/** Core Indicator → row. */
export function indicatorRow(indicator: Indicator, isBuiltin: boolean): IndicatorsTable {
  return {
    code: indicator.code,
    name_zh: indicator.name_zh,
    name_en: indicator.name_en,
    aliases: encodeJson(indicator.aliases),
    unit_family: indicator.unit_family,
    base_unit: indicator.base_unit,
    polarity: indicator.polarity,
    is_builtin: isBuiltin ? 1 : 0,
  };
}

/** Row → StoredIndicator. */
export function toStoredIndicator(row: Selectable<IndicatorsTable>): StoredIndicator {
  return {
    code: row.code,
    name_zh: row.name_zh,
    name_en: row.name_en,
    aliases: decodeJson<string[]>(row.aliases),
    unit_family: row.unit_family as UnitFamily,
    base_unit: row.base_unit,
    polarity: row.polarity as Polarity,
    is_builtin: row.is_builtin === 1,
  };
}
