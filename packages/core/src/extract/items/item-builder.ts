import type { Baseline, Comparator, Item, ItemKind, Measure } from '../../model/item.js';
import type { Judgement } from './confidence.js';

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

/**
 * The item of a draft, with the reader's judgement of it when there is one. One object
 * literal either way, not a copy with the judgement added: every item of a document is
 * built here, and V8 copies an item by spread or Object.assign many times slower than it
 * builds a literal (and the copy doubled what the collector had to move).
 */
export function buildItem(draft: ItemDraft, original: string, judged?: Judgement): Item {
  const text = original.slice(draft.start, draft.end);
  if (judged === undefined) {
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
      text,
      start: draft.start,
      end: draft.end,
      section: draft.section,
    };
  }
  // The same fields in the same order, then the judgement's (the JSON of a reading keeps this order).
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
    text,
    start: draft.start,
    end: draft.end,
    section: draft.section,
    confidence: judged.confidence,
    reason: judged.reason,
    confidence_reasons: judged.confidence_reasons,
  };
}
