import type { DocumentKind } from '../model/document.js';
import type { Item } from '../model/item.js';

/** The document a target was read from, as far as comparisons across documents need. */
export interface TrackedDocument {
  readonly id: string;
  readonly kind: DocumentKind;
  /** ISO date; documents without one cannot be ordered and are left out of comparisons. */
  readonly date: string | null;
  readonly title?: string;
}

/** A target item with its link to an indicator and jurisdiction, and its document. */
export interface TrackedTarget {
  readonly item: Item;
  readonly indicator_code: string;
  readonly jurisdiction: string;
  readonly document: TrackedDocument;
}

/**
 * Document kinds that succeed one another. A 十五五 建议 (plan-proposal) and
 * the 纲要 (five-year-plan) state the same plan, so both are "plan"; every
 * other kind is compared only with itself.
 */
export function kindFamily(kind: DocumentKind): string {
  return kind === 'plan-proposal' || kind === 'five-year-plan' ? 'plan' : kind;
}

/** Orders by document date, then by input order (stable). */
export function byDocumentDate<T extends { readonly document: TrackedDocument }>(
  list: readonly T[],
): T[] {
  return list
    .map((t, i) => ({ t, i }))
    .sort((a, b) => {
      const da = a.t.document.date ?? '';
      const db = b.t.document.date ?? '';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map(({ t }) => t);
}
