/**
 * Turns the correction form into a PATCH body: only fields that changed, and the base-unit
 * value recomputed whenever the written value or unit changed (the store keeps both).
 */
import type { Comparator, ItemKind, ItemPatch, StoredItem } from '../api/types.js';
import { toBaseUnit } from '../format/base-unit.js';

/** The form's fields as typed: strings, blank for “none”. */
export interface ItemForm {
  readonly kind: ItemKind;
  readonly metric: string;
  readonly comparator: Comparator | '';
  readonly value: string;
  readonly value_max: string;
  readonly unit: string;
  readonly year: string;
}

export function formFromItem(item: StoredItem): ItemForm {
  return {
    kind: item.kind,
    metric: item.metric,
    comparator: item.comparator ?? '',
    value: item.value === null ? '' : String(item.value),
    value_max: item.value_max === null ? '' : String(item.value_max),
    unit: item.unit ?? '',
    year: item.year === null ? '' : String(item.year),
  };
}

export type PatchResult =
  | { readonly ok: true; readonly patch: ItemPatch }
  | {
      readonly ok: false;
      readonly field: keyof ItemForm;
      readonly message: 'number' | 'year' | 'metric';
    };

function parseNumber(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/，/g, '').replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export function patchFromForm(item: StoredItem, form: ItemForm): PatchResult {
  const value = parseNumber(form.value);
  if (value === undefined) return { ok: false, field: 'value', message: 'number' };
  const valueMax = parseNumber(form.value_max);
  if (valueMax === undefined) return { ok: false, field: 'value_max', message: 'number' };
  const year = parseNumber(form.year);
  if (
    year === undefined ||
    (year !== null && (!Number.isInteger(year) || year < 1900 || year > 2200))
  ) {
    return { ok: false, field: 'year', message: 'year' };
  }
  const metric = form.metric.trim();
  if (metric === '') return { ok: false, field: 'metric', message: 'metric' };
  const unit = form.unit.trim() === '' ? null : form.unit.trim();
  const comparator = form.comparator === '' ? null : form.comparator;

  const patch: { -readonly [K in keyof ItemPatch]: ItemPatch[K] } = {};
  if (form.kind !== item.kind) patch.kind = form.kind;
  if (metric !== item.metric) patch.metric = metric;
  if (comparator !== item.comparator) patch.comparator = comparator;
  if (value !== item.value) patch.value = value;
  if (unit !== item.unit) patch.unit = unit;
  if (year !== item.year) patch.year = year;
  const maxWanted = comparator === 'range' ? valueMax : null;
  if (maxWanted !== item.value_max) patch.value_max = maxWanted;
  if ('value' in patch || 'unit' in patch) {
    const base = toBaseUnit(value, unit);
    patch.base_value = base.value;
    patch.base_unit = base.unit;
  }
  return { ok: true, patch };
}
