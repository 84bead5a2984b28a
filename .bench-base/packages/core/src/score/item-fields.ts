import type { Item } from '../model/item.js';
import { fuzzyEqual, stripSpace } from './fuzzy-text.js';
import { sameNumber } from './numbers.js';

/** The item fields a scorer compares; `section` is left out (it indexes each side's own outline). */
export type ComparableItem = Omit<Item, 'section'>;

/**
 * Fields checked for a FULL match once a pair already agrees at value level
 * (kind, value, value_max, base_unit). Each disagreement is counted per field
 * so the report can say "year wrong 7 times".
 */
export const ITEM_FIELDS = [
  'metric',
  'measure',
  'comparator',
  'unit',
  'base_value',
  'year',
  'period',
  'recurring',
  'scope',
  'baseline_year',
] as const;

export type ItemField = (typeof ITEM_FIELDS)[number];

/**
 * VALUE-level agreement, spans aside: same kind and, for targets and
 * actuals, the same number in the same base unit. Milestones carry no number,
 * so for them the kind (and the caller's span test) is enough.
 */
export function sameValue(gold: ComparableItem, predicted: ComparableItem): boolean {
  if (gold.kind !== predicted.kind) return false;
  if (gold.kind === 'milestone') return true;
  return (
    sameNumber(gold.value, predicted.value) &&
    sameNumber(gold.value_max, predicted.value_max) &&
    gold.base_unit === predicted.base_unit
  );
}

/** The fields on which a value-matched pair disagrees, in ITEM_FIELDS order. */
export function disagreeingFields(gold: ComparableItem, predicted: ComparableItem): ItemField[] {
  return ITEM_FIELDS.filter((field) => !fieldAgrees(field, gold, predicted));
}

function fieldAgrees(field: ItemField, g: ComparableItem, p: ComparableItem): boolean {
  switch (field) {
    case 'metric':
      return fuzzyEqual(g.metric, p.metric);
    case 'measure':
      return g.measure === p.measure;
    case 'comparator':
      return g.comparator === p.comparator;
    case 'unit':
      return sameSpaced(g.unit, p.unit);
    case 'base_value':
      return sameNumber(g.base_value, p.base_value);
    case 'year':
      return g.year === p.year;
    case 'period':
      return sameSpaced(g.period, p.period);
    case 'recurring':
      return g.recurring === p.recurring;
    case 'scope':
      return sameScope(g.scope, p.scope);
    case 'baseline_year':
      return (g.baseline?.year ?? null) === (p.baseline?.year ?? null);
  }
}

/** How a field reads in a report line: `null`, `2025`, `全省县（市、区）`. */
export function showField(item: ComparableItem, field: ItemField): string {
  const value = field === 'baseline_year' ? (item.baseline?.year ?? null) : item[field];
  return value === null ? 'null' : String(value);
}

function sameSpaced(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return stripSpace(a) === stripSpace(b);
}

// An empty scope says as little as a missing one.
function sameScope(a: string | null, b: string | null): boolean {
  const x = a === '' ? null : a;
  const y = b === '' ? null : b;
  if (x === null || y === null) return x === y;
  return fuzzyEqual(x, y);
}
