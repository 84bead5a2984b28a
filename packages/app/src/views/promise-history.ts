import type { RetiredTarget } from '@lantu/core';
import { targetText } from '../plans/figure-text.js';
import { readableSentence } from '../plans/readable-sentence.js';
import type { ScorecardRow } from '../types.js';

/** One step of a promise: first made, restated unchanged, changed (goal post moved), dropped. */
export interface PromiseEvent {
  readonly kind: 'made' | 'restated' | 'changed' | 'dropped';
  readonly document: ScorecardRow['document'];
  /** The target as the document set it, `≥2000亿元（2025年）`; empty for a drop. */
  readonly target: string;
  /** The sentence as the document wrote it; null for a drop (nothing was written). */
  readonly sentence: string | null;
  readonly item_id: string | null;
}

/** Every document's word on one promise: one indicator, one deadline, one measure. */
export interface PromiseHistory {
  readonly year: number;
  readonly measure: string | null;
  readonly events: readonly PromiseEvent[];
}

/** The year a document was issued, from its date; null when undated. */
function issuedYear(row: ScorecardRow): number | null {
  return row.document.date === null ? null : Number(row.document.date.slice(0, 4));
}

/**
 * A goal post moved in time (`2035年突破4000亿元` → `2030年突破3800亿元`): a later
 * document's long-range target (due more than a year after the document) for a deadline
 * no earlier document set continues the earlier promise of the same measure that was still
 * open when it was issued, that document did not restate, and whose deadline is nearest.
 * Annual targets (this year's, next year's) never continue another year's promise.
 */
function movedDeadlines(promises: ScorecardRow[][]): ScorecardRow[][] {
  const firstDate = (versions: readonly ScorecardRow[]) => versions[0]?.document.date ?? '9999';
  const ordered = [...promises].sort((a, b) => firstDate(a).localeCompare(firstDate(b)));
  const kept: ScorecardRow[][] = [];
  for (const versions of ordered) {
    const first = versions[0];
    const issued = first === undefined ? null : issuedYear(first);
    const year = first?.item.year ?? null;
    const longRange = first !== undefined && issued !== null && year !== null && year > issued + 1;
    const earlier = !longRange
      ? []
      : kept.filter((other) => {
          const head = other[0];
          const last = other.at(-1);
          if (head === undefined || last === undefined || first === undefined) return false;
          return (
            firstDate(other) < firstDate(versions) &&
            head.item.measure === first.item.measure &&
            (last.item.year ?? 0) > (issued ?? 0) &&
            (last.item.year ?? 0) !== year &&
            !other.some((row) => row.document.id === first.document.id)
          );
        });
    const distance = (other: readonly ScorecardRow[]) =>
      Math.abs((other.at(-1)?.item.year ?? 0) - (year ?? 0));
    const target = earlier.sort((a, b) => distance(a) - distance(b))[0];
    if (target === undefined) kept.push(versions);
    else target.push(...versions);
  }
  return kept;
}

/** Same terms, compared as the goal-post detector does (base values, comparator, period). */
function terms(row: ScorecardRow): string {
  const { item } = row;
  return JSON.stringify([
    item.comparator,
    item.base_value,
    item.value_max,
    item.period,
    item.recurring,
  ]);
}

/**
 * The history of each promise an indicator's targets make: a target restated in a later
 * document is the same promise (same indicator, deadline and measure), so its versions are
 * told in document order — made, restated, changed — and a promise the next edition of its
 * kind no longer mentions ends with `dropped` in that edition. Rows come from one
 * indicator and jurisdiction; undated documents sort last.
 */
export function promiseHistories(
  rows: readonly ScorecardRow[],
  retired: readonly RetiredTarget[],
): PromiseHistory[] {
  const groups = new Map<string, ScorecardRow[]>();
  for (const row of rows) {
    if (row.item.kind !== 'target' || row.item.year === null) continue;
    const key = JSON.stringify([row.item.year, row.item.measure]);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const byDate = (a: ScorecardRow, b: ScorecardRow) =>
    (a.document.date ?? '9999').localeCompare(b.document.date ?? '9999');
  const promises = movedDeadlines([...groups.values()].map((group) => [...group].sort(byDate)));
  const histories: PromiseHistory[] = [];
  for (const versions of promises) {
    const events: PromiseEvent[] = versions.map((row, index) => {
      const before = versions[index - 1];
      const kind =
        before === undefined
          ? 'made'
          : terms(before) === terms(row) && before.item.year === row.item.year
            ? 'restated'
            : 'changed';
      return {
        kind,
        document: row.document,
        target: targetText(row.item),
        sentence: readableSentence(row.item.text),
        item_id: row.item.id,
      };
    });
    const last = versions.at(-1);
    const drop = retired.find((r) =>
      r.last_mentioned.some((t) =>
        versions.some((v) => v.document.id === t.document.id && v.item.start === t.item.start),
      ),
    );
    if (last !== undefined && drop !== undefined) {
      events.push({
        kind: 'dropped',
        document: {
          id: drop.dropped_in.id,
          title: drop.dropped_in.title ?? '',
          kind: drop.dropped_in.kind,
          date: drop.dropped_in.date,
          jurisdiction_code: last.document.jurisdiction_code,
        },
        target: '',
        sentence: null,
        item_id: null,
      });
    }
    if (last === undefined) continue;
    histories.push({ year: last.item.year ?? 0, measure: last.item.measure, events });
  }
  // Promises restated or changed first: they are the ones with a story.
  return histories.sort((a, b) => b.events.length - a.events.length || a.year - b.year);
}
