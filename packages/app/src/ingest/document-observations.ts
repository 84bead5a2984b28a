import type { Item, Observation } from '@lantu/core';
import type { StoredItem } from '@lantu/store';
import type { AppContext } from '../app-context.js';

const IN_CHUNK = 500;

/** What decides whether an item states a figure: its reading, review and link. */
export type FigureSource = Item &
  Pick<StoredItem, 'review_state' | 'indicator_code' | 'jurisdiction_code'>;

/**
 * The figure an actual item states, without its source, or null when it states none that
 * can be compared: not an actual, rejected, not linked, or missing a value or year. A range
 * (`4.5%-5%`) is not one figure, so it is left to review.
 */
export function figureFromItem(item: FigureSource): Omit<Observation, 'source'> | null {
  if (item.kind !== 'actual' || item.review_state === 'rejected') return null;
  if (item.indicator_code === null || item.jurisdiction_code === null) return null;
  if (item.base_value === null || item.year === null || item.comparator === 'range') return null;
  return {
    indicator_code: item.indicator_code,
    jurisdiction: item.jurisdiction_code,
    year: item.year,
    period: item.period,
    measure: item.measure ?? 'level',
    value: item.base_value,
    base_unit: item.base_unit,
    comparator: item.comparator ?? '=',
  };
}

/** The observation a stored actual item states, or null (see figureFromItem). */
export function observationFromItem(item: StoredItem): Observation | null {
  const figure = figureFromItem(item);
  if (figure === null) return null;
  return {
    ...figure,
    source: {
      type: 'document',
      document_id: item.document_id,
      item_id: item.id,
      text: item.text,
      start: item.start,
      end: item.end,
    },
  };
}

/**
 * Makes sure every linked actual among `items` has its observation stored for its
 * current indicator and jurisdiction; adds only what is missing, so running it again (a
 * re-ingest, a re-link) changes nothing. Rows stored for an earlier link stay, and the
 * scorecard ignores them (see observation-rows.ts): the store keeps no deletes.
 * Returns how many observations were added.
 */
export async function syncItemObservations(
  ctx: AppContext,
  items: readonly StoredItem[],
): Promise<number> {
  const wanted = items.flatMap((item) => {
    const observation = observationFromItem(item);
    return observation === null ? [] : [observation];
  });
  if (wanted.length === 0) return 0;
  const ids = wanted.map((o) => (o.source.type === 'document' ? o.source.item_id : ''));
  const have = new Set<string>();
  for (let at = 0; at < ids.length; at += IN_CHUNK) {
    const rows = await ctx.db
      .selectFrom('observations')
      .select(['item_id', 'indicator_code', 'jurisdiction_code'])
      .where('item_id', 'in', ids.slice(at, at + IN_CHUNK))
      .execute();
    for (const row of rows)
      have.add(keyOf(row.item_id ?? '', row.indicator_code, row.jurisdiction_code));
  }
  const missing = wanted.filter(
    (o) =>
      !have.has(
        keyOf(
          o.source.type === 'document' ? o.source.item_id : '',
          o.indicator_code,
          o.jurisdiction,
        ),
      ),
  );
  if (missing.length > 0) await ctx.store.observations.addMany(missing);
  return missing.length;
}

function keyOf(itemId: string, indicator: string, jurisdiction: string): string {
  return `${itemId}\u0000${indicator}\u0000${jurisdiction}`;
}
