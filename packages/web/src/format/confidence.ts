/** A reading confidence (0–1) as a whole percentage: 0.62 → `62%`. */
export function formatConfidence(confidence: number): string {
  return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}%`;
}

/**
 * Items with a confidence, least certain first (ties in reading order); items read
 * before confidences existed have none and are left out.
 */
export function leastCertainFirst<
  T extends { readonly confidence?: number; readonly start: number },
>(items: readonly T[]): (T & { readonly confidence: number })[] {
  return items
    .filter((item): item is T & { readonly confidence: number } => item.confidence !== undefined)
    .sort((a, b) => a.confidence - b.confidence || a.start - b.start);
}
