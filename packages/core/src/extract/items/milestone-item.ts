import type { Item } from '../../model/item.js';

/** What a reader of numberless commitments found: the clause and its year. */
export interface MilestoneClause {
  readonly metric: string;
  readonly year: number;
  /** Offsets into the original text. */
  readonly start: number;
  readonly end: number;
  readonly section: number | null;
}

/**
 * A dated commitment with no number (spec: milestones) as an item. The three readers
 * of such clauses (read-milestones, target-list-aims, aim-list-milestones) find them
 * by different evidence but state them the same way.
 */
export function milestoneItem(clause: MilestoneClause, original: string): Item {
  return {
    kind: 'milestone',
    metric: clause.metric,
    measure: null,
    comparator: null,
    value: null,
    value_max: null,
    unit: null,
    base_value: null,
    base_unit: null,
    year: clause.year,
    period: null,
    recurring: false,
    baseline: null,
    scope: null,
    text: original.slice(clause.start, clause.end),
    start: clause.start,
    end: clause.end,
    section: clause.section,
  };
}

/** The codes of `chars`, as clauseSpans takes its stop characters (no string per character read). */
export function stopCodes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)));
}

/**
 * The clauses of `text` from `from` to `to`: the spans between stop characters (`，；：` …),
 * the end closing the last. Milestones are read one per clause.
 */
export function clauseSpans(
  text: string,
  from: number,
  to: number,
  stop: ReadonlySet<number>,
): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (!stop.has(text.charCodeAt(i))) continue;
    spans.push([start, i]);
    start = i + 1;
  }
  spans.push([start, to]);
  return spans;
}
