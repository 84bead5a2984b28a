import type { Item } from '../../model/item.js';

/** A headline is a short first line without a full stop. */
const HEADLINE_MAX = 60;

/**
 * A news headline repeats a figure its body states in full (`石家庄空气质量优良天数比率达67.4%`
 * over `到2025年，…空气质量优良天数比率达到67.4%`; `深圳如何实现GDP增长6%` over
 * `2022年深圳地区生产总值预期增长目标6%左右`). Alone, the headline has neither a year nor a
 * cue; its figure takes the kind and year of the same figure in the body.
 */
export function figuresOfHeadline(items: readonly Item[], text: string): Item[] {
  const lineEnd = text.indexOf('\n');
  if (lineEnd <= 0 || lineEnd > HEADLINE_MAX || text.slice(0, lineEnd).includes('。'))
    return [...items];
  return items.map((item) => {
    if (item.end > lineEnd || item.kind === 'milestone' || item.value === null) return item;
    const body = items.find(
      (other) =>
        other.start >= lineEnd &&
        other.kind !== 'milestone' &&
        other.value === item.value &&
        other.unit === item.unit &&
        other.measure === item.measure,
    );
    if (!body || (body.kind === item.kind && body.year === item.year)) return item;
    return { ...item, kind: body.kind, year: body.year, period: body.period };
  });
}
