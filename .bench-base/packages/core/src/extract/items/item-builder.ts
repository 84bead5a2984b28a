import type { Baseline, Comparator, Item, ItemKind, Measure } from '../../model/item.js';

/** Fields the sentence reader decides; the rest are derived here. */
export interface ItemDraft {
  kind: ItemKind;
  metric: string;
  measure: Measure | null;
  comparator: Comparator | null;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  baseValue: number | null;
  baseUnit: string | null;
  year: number | null;
  period: string | null;
  recurring: boolean;
  baseline: Baseline | null;
  scope: string | null;
  /** Span in the original text. */
  start: number;
  end: number;
  section: number | null;
}

export function buildItem(draft: ItemDraft, original: string): Item {
  return {
    kind: draft.kind,
    metric: draft.metric,
    measure: draft.measure,
    comparator: draft.comparator,
    value: draft.value,
    value_max: draft.valueMax,
    unit: draft.unit,
    base_value: draft.baseValue,
    base_unit: draft.baseUnit,
    year: draft.year,
    period: draft.period,
    recurring: draft.recurring,
    baseline: draft.baseline,
    scope: draft.scope,
    text: original.slice(draft.start, draft.end),
    start: draft.start,
    end: draft.end,
    section: draft.section,
  };
}
