import type { Jurisdiction } from '@lantu/core';
import type { Selectable } from 'kysely';
import type { JurisdictionsTable } from '../schema.js';

/** Row → core Jurisdiction. */
export function toJurisdiction(row: Selectable<JurisdictionsTable>): Jurisdiction {
  return {
    code: row.code,
    name_zh: row.name_zh,
    name_en: row.name_en,
    level: row.level as Jurisdiction['level'],
    parent_code: row.parent_code,
    gb_code: row.gb_code,
  };
}

/** Core Jurisdiction → row (the same fields; spelled out so extra keys never reach SQL). */
export function jurisdictionRow(jurisdiction: Jurisdiction): JurisdictionsTable {
  return {
    code: jurisdiction.code,
    name_zh: jurisdiction.name_zh,
    name_en: jurisdiction.name_en,
    level: jurisdiction.level,
    parent_code: jurisdiction.parent_code,
    gb_code: jurisdiction.gb_code ?? null,
  };
}
