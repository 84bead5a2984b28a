/**
 * Cuts a document's text into runs that are each covered by the same set of read items, so
 * overlapping items (全市生产总值2693.3亿元 inside 全市生产总值2693.3亿元，增长7.9%) can all be
 * highlighted and picked. One sweep over sorted boundaries: linear in text size plus items.
 */

export interface Span {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Ids of the spans covering the whole run, innermost (shortest) first. */
  readonly ids: readonly string[];
}

/**
 * @param cuts extra offsets where a run must start (outline headings, a search hit), so the
 *   page can anchor them.
 */
export function segmentText(
  length: number,
  spans: readonly Span[],
  cuts: readonly number[] = [],
): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const valid = spans
    .map((span) => ({ ...span, start: clamp(span.start), end: clamp(span.end) }))
    .filter((span) => span.end > span.start);

  const boundaries = new Set<number>([0, length]);
  for (const span of valid) {
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  for (const cut of cuts) boundaries.add(clamp(cut));
  const points = [...boundaries].sort((a, b) => a - b);

  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const active: (typeof valid)[number][] = [];
  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? length;
    while (next < byStart.length && (byStart[next]?.start ?? Infinity) <= from) {
      const span = byStart[next];
      if (span) active.push(span);
      next += 1;
    }
    // Drop spans that ended at or before this run.
    for (let j = active.length - 1; j >= 0; j -= 1) {
      if ((active[j]?.end ?? 0) <= from) active.splice(j, 1);
    }
    const ids = active
      .filter((span) => span.end >= to)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)
      .map((span) => span.id);
    segments.push({ start: from, end: to, ids });
  }
  return segments;
}
