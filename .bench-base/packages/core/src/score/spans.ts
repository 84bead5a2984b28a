/** A half-open range [start, end) of UTF-16 offsets into a document. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** True when the two ranges share at least one code unit. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Intersection over union of two ranges, 0..1. Used only to rank candidate
 * pairs, so two empty ranges at the same place count as identical (1).
 */
export function spanIou(a: Span, b: Span): number {
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  if (union <= 0) return a.start === b.start ? 1 : 0;
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / union;
}
