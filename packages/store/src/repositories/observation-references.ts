import type { Observation } from '@lantu/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Names every indicator, jurisdiction and item a batch refers to that is not stored, so a
 * bad batch fails with all its unknown codes listed rather than at the first foreign key.
 */
export async function unknownReferences(
  trx: Kysely<Database>,
  observations: readonly Observation[],
): Promise<string[]> {
  const indicators = unique(observations.map((o) => o.indicator_code));
  const jurisdictions = unique(observations.map((o) => o.jurisdiction));
  const items = unique(
    observations.flatMap((o) => (o.source.type === 'document' ? [o.source.item_id] : [])),
  );
  const known = {
    indicators: await existing(trx, 'indicators', 'code', indicators),
    jurisdictions: await existing(trx, 'jurisdictions', 'code', jurisdictions),
    items: await existing(trx, 'items', 'id', items),
  };
  return [
    ...indicators
      .filter((code) => !known.indicators.has(code))
      .map((code) => `no indicator ${code}`),
    ...jurisdictions
      .filter((code) => !known.jurisdictions.has(code))
      .map((code) => `no jurisdiction ${code}`),
    ...items.filter((id) => !known.items.has(id)).map((id) => `no item ${id}`),
  ];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

async function existing(
  trx: Kysely<Database>,
  table: 'indicators' | 'jurisdictions' | 'items',
  column: 'code' | 'id',
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await trx
    .selectFrom(table)
    .select(`${column} as key`)
    .where(column, 'in', keys)
    .execute();
  return new Set(rows.map((row) => row.key));
}
