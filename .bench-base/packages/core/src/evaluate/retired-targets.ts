import {
  byDocumentDate,
  kindFamily,
  type TrackedDocument,
  type TrackedTarget,
} from './tracked-target.js';

/** An indicator a plan set targets for that a newer plan of the same kind no longer mentions. */
export interface RetiredTarget {
  readonly indicator_code: string;
  readonly jurisdiction: string;
  /** `plan` for plans and plan proposals, else the document kind. */
  readonly kind_family: string;
  /** The targets of the last edition that mentioned it. */
  readonly last_mentioned: readonly TrackedTarget[];
  /** The first later edition without it. */
  readonly dropped_in: TrackedDocument;
}

/**
 * "Silent drops" (tracking-anchors.md §d.2): for each jurisdiction and kind
 * family, editions are ordered by date — documents of one kind and date are
 * one edition, so a plan printed in two parts counts once — and an indicator
 * with targets in an edition but none in any later edition is reported with
 * the first edition that left it out. Documents without a date, and
 * editions with no linked targets at all (likely unread), are not compared.
 */
export function detectRetiredTargets(targets: readonly TrackedTarget[]): RetiredTarget[] {
  const groups = new Map<string, TrackedTarget[]>();
  for (const t of byDocumentDate(targets)) {
    if (t.item.kind !== 'target' || t.document.date === null) continue;
    const key = JSON.stringify([t.jurisdiction, kindFamily(t.document.kind)]);
    const list = groups.get(key) ?? [];
    list.push(t);
    groups.set(key, list);
  }
  const retired: RetiredTarget[] = [];
  for (const list of groups.values()) {
    const editions: { date: string; document: TrackedDocument; targets: TrackedTarget[] }[] = [];
    for (const t of list) {
      const date = t.document.date ?? '';
      const last = editions.at(-1);
      if (last !== undefined && last.date === date) last.targets.push(t);
      else editions.push({ date, document: t.document, targets: [t] });
    }
    const lastSeen = new Map<string, number>();
    editions.forEach((e, i) => {
      for (const t of e.targets) lastSeen.set(t.indicator_code, i);
    });
    for (const [code, index] of lastSeen) {
      const next = editions[index + 1];
      const edition = editions[index];
      if (next === undefined || edition === undefined) continue;
      const first = edition.targets.find((t) => t.indicator_code === code);
      if (first === undefined) continue;
      retired.push({
        indicator_code: code,
        jurisdiction: first.jurisdiction,
        kind_family: kindFamily(first.document.kind),
        last_mentioned: edition.targets.filter((t) => t.indicator_code === code),
        dropped_in: next.document,
      });
    }
  }
  return retired;
}
