import type { Jurisdiction } from '@lantu/core';
import type { IngestReadingInput } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { createAutoLinker } from '../link/auto-link.js';
import { figureFromItem } from './document-observations.js';
import type { ReadInput } from './read-input.js';

type IngestLinks = NonNullable<IngestReadingInput['links']>;
type IngestObservations = NonNullable<IngestReadingInput['observations']>;

/** What is stored with a new document, in the same transaction. */
export interface IngestPlan {
  /** The automatic links of its targets and actuals that change something. */
  readonly links: IngestLinks;
  /** The figures its linked actuals report. */
  readonly observations: IngestObservations;
  /** How many items the links give an indicator. */
  readonly linked: number;
}

/**
 * Links a reading's items and picks the figures its actuals report, before anything is
 * stored, so that the document, its links and its figures are one transaction. Decides
 * exactly what linking the stored items (autoLinkItems) and storing their figures
 * (syncItemObservations) would: each item starts unlinked, with its document's
 * jurisdiction and review state `extracted`; milestones carry no quantity to link.
 */
export async function planIngest(ctx: AppContext, read: ReadInput): Promise<IngestPlan> {
  const jurisdictions = await ctx.jurisdictions();
  const linker = createAutoLinker(await ctx.catalog(), jurisdictions);
  const home = documentJurisdiction(read, jurisdictions);
  const links: IngestLinks[number][] = [];
  const observations: IngestObservations[number][] = [];
  for (const [itemIndex, item] of read.reading.items.entries()) {
    // Milestones carry no quantity to link.
    if (item.kind === 'milestone') continue;
    const next = linker(item, home);
    // Unchanged from a new item's (including "still nothing found"): autoLinkItems writes
    // nothing for it, and an unlinked item states no figure.
    if (next.indicatorCode === null && next.confidence === null && next.jurisdictionCode === home)
      continue;
    links.push({
      itemIndex,
      indicatorCode: next.indicatorCode,
      confidence: next.confidence,
      jurisdictionCode: next.jurisdictionCode,
      method: 'auto',
    });
    if (item.kind !== 'actual') continue;
    const observation = figureFromItem({
      ...item,
      review_state: 'extracted',
      indicator_code: next.indicatorCode,
      jurisdiction_code: next.jurisdictionCode,
    });
    if (observation !== null) observations.push({ itemIndex, observation });
  }
  const linked = links.filter((link) => link.indicatorCode !== null).length;
  return { links, observations, linked };
}

/**
 * The code of the document's jurisdiction as the store will resolve it (by code, else by a
 * unique Chinese name), or null when it has none or names no known one: the store then
 * refuses the document, so nothing planned is written.
 */
function documentJurisdiction(read: ReadInput, known: readonly Jurisdiction[]): string | null {
  const codeOrName = read.reading.document.jurisdiction ?? read.meta.jurisdiction ?? null;
  if (codeOrName === null) return null;
  const byCode = known.find((j) => j.code === codeOrName);
  if (byCode !== undefined) return byCode.code;
  const byName = known.filter((j) => j.name_zh === codeOrName);
  return byName.length === 1 && byName[0] !== undefined ? byName[0].code : null;
}
