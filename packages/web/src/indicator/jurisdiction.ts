/** The place an indicator page shows when the URL names none: the one most documents are about. */
import type { DocumentSummary } from '../api/types.js';

export function mainJurisdiction(documents: readonly DocumentSummary[]): string | null {
  const counts = new Map<string, number>();
  for (const doc of documents) {
    if (doc.jurisdiction_code)
      counts.set(doc.jurisdiction_code, (counts.get(doc.jurisdiction_code) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, count] of counts) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}
