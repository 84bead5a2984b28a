/** Index of the first entry starting at or after `position` (entries sorted by start). */
export function lowerBound(
  entries: readonly { readonly start: number }[],
  position: number,
): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((entries[mid]?.start ?? 0) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}
