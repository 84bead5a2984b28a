import type { Observation } from '@lantu/core';
import type { AppContext } from '../app-context.js';

const IN_CHUNK = 500;

/** The identity of a figure: series, period, measure, value, unit and sign. */
export function figureKey(o: Observation): string {
  return JSON.stringify([
    o.indicator_code,
    o.jurisdiction,
    o.year,
    o.period,
    o.measure,
    o.value,
    o.base_unit,
    o.comparator,
  ]);
}

/**
 * Keys of the figures already imported from tables for the series `observations` touch,
 * so importing the same table again stores nothing new.
 */
export async function existingTableFigures(
  ctx: AppContext,
  observations: readonly Observation[],
): Promise<Set<string>> {
  const keys = new Set<string>();
  const indicators = [...new Set(observations.map((o) => o.indicator_code))];
  const jurisdictions = [...new Set(observations.map((o) => o.jurisdiction))];
  if (indicators.length === 0) return keys;
  for (let at = 0; at < jurisdictions.length; at += IN_CHUNK) {
    const rows = await ctx.db
      .selectFrom('observations')
      .select([
        'indicator_code',
        'jurisdiction_code',
        'year',
        'period',
        'measure',
        'value',
        'base_unit',
        'comparator',
      ])
      .where('source_type', '=', 'table')
      .where('indicator_code', 'in', indicators)
      .where('jurisdiction_code', 'in', jurisdictions.slice(at, at + IN_CHUNK))
      .execute();
    for (const row of rows) {
      keys.add(
        figureKey({
          indicator_code: row.indicator_code,
          jurisdiction: row.jurisdiction_code,
          year: row.year,
          period: row.period,
          measure: row.measure as Observation['measure'],
          value: row.value,
          base_unit: row.base_unit,
          comparator: row.comparator as Observation['comparator'],
          source: { type: 'manual', actor: '' },
        }),
      );
    }
  }
  return keys;
}
