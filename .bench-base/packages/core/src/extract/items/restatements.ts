import type { Item } from '../../model/item.js';

/**
 * One promise, one target (issue 9 point 4; spec §3 conventions). Items are
 * sorted by start. In plans and reports a level is often restated in the same
 * clause as a change against a stated base year (`全市生产总值突破4000亿元，比2025年
 * 翻一番`, `…达到2000亿元，较“十三五”末翻两番`): the change carries `restates` (the
 * level's index) and is judged through the level. Two readings of one figure
 * in one clause (same span start, same kind, metric, measure, value, unit, scope and
 * year) are one item: the later copy is dropped.
 */
export function markRestatements(items: readonly Item[]): Item[] {
  const kept: Item[] = [];
  for (const item of items) {
    if (hasSameFigure(kept, item)) continue;
    kept.push(item);
  }
  return kept.map((item, index) => {
    const level = restatedLevel(kept, index);
    return level === null ? item : { ...item, restates: level };
  });
}

/**
 * Copies share their start, and items come sorted by start: only the kept items at the
 * same start need a look (a scan of all kept items is quadratic on a one-line document).
 */
function hasSameFigure(kept: readonly Item[], item: Item): boolean {
  for (let k = kept.length - 1; k >= 0; k--) {
    const other = kept[k];
    if (other === undefined || other.start !== item.start) break;
    if (sameFigure(other, item)) return true;
  }
  return false;
}

function sameFigure(a: Item, b: Item): boolean {
  return (
    a.start === b.start &&
    a.kind === b.kind &&
    a.metric === b.metric &&
    a.measure === b.measure &&
    a.comparator === b.comparator &&
    a.value === b.value &&
    a.value_max === b.value_max &&
    a.unit === b.unit &&
    a.year === b.year &&
    a.period === b.period &&
    a.scope === b.scope
  );
}

/** The level that a change against a stated base year restates, looking back within the clause. */
function restatedLevel(items: readonly Item[], index: number): number | null {
  const item = items[index];
  if (item?.kind !== 'target' || item.measure !== 'increase') return null;
  if (item.baseline?.year == null || item.baseline.value !== null) return null;
  for (let j = index - 1; j >= 0; j--) {
    const other = items[j];
    if (other === undefined || item.start - other.start > 60) break;
    if (
      other.kind === 'target' &&
      other.measure === 'level' &&
      other.metric === item.metric &&
      other.year === item.year &&
      other.end <= item.end &&
      other.end >= item.start &&
      !/[。；！？]/.test(item.text.slice(other.end - item.start))
    )
      return j;
  }
  return null;
}
