import { linkItem, linkJurisdiction, type IndicatorCatalog, type Jurisdiction } from '@lantu/core';
import type { ChangeAuthor, StoredItem } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { jurisdictionNamesOf } from './jurisdiction-names.js';
import { nearbyJurisdictions } from './nearby-jurisdictions.js';

/** What the automatic linker decided for one item. */
export interface AutoLink {
  readonly indicatorCode: string | null;
  readonly confidence: number | null;
  readonly jurisdictionCode: string | null;
}

/**
 * The automatic link of one item: the catalog indicator its metric names (with the
 * linker's confidence) and whose figure it is. The item's current jurisdiction stands for
 * its document's, since ingest gives every item its document's jurisdiction.
 */
export function autoLinkFor(
  item: StoredItem,
  catalog: IndicatorCatalog,
  jurisdictions: readonly Jurisdiction[],
): AutoLink {
  const home = item.jurisdiction_code;
  const nearby = nearbyJurisdictions(home, jurisdictions);
  const link = linkItem(item, catalog, {
    jurisdictionNames: jurisdictionNamesOf(home, nearby),
  });
  // A document with no jurisdiction gives nothing to fall back on; only a metric that names
  // a known place (金华市生产总值) can then say whose figure it is.
  const whose = linkJurisdiction(item, home ?? '', nearby).jurisdiction;
  return {
    indicatorCode: link?.indicator_code ?? null,
    confidence: link?.confidence ?? null,
    jurisdictionCode: whose === '' ? null : whose,
  };
}

/**
 * Runs the automatic linker over targets and actuals and stores what changed (method
 * `auto`, so a person's link is never replaced: the store keeps manual links). Milestones
 * carry no quantity to link. Returns the items as they are afterwards, in input order.
 */
export async function autoLinkItems(
  ctx: AppContext,
  items: readonly StoredItem[],
  actor: ChangeAuthor,
): Promise<StoredItem[]> {
  const catalog = await ctx.catalog();
  const jurisdictions = await ctx.jurisdictions();
  const out: StoredItem[] = [];
  for (const item of items) {
    if (item.kind === 'milestone' || item.link_method === 'manual') {
      out.push(item);
      continue;
    }
    const next = autoLinkFor(item, catalog, jurisdictions);
    const same =
      next.indicatorCode === item.indicator_code &&
      next.confidence === item.link_confidence &&
      next.jurisdictionCode === item.jurisdiction_code;
    // Unchanged (including "still nothing found"): writing it would only add history noise.
    if (same) {
      out.push(item);
      continue;
    }
    const result = await ctx.store.links.set({
      itemId: item.id,
      indicatorCode: next.indicatorCode,
      confidence: next.confidence,
      jurisdictionCode: next.jurisdictionCode,
      method: 'auto',
      actor,
    });
    out.push(result.item);
  }
  return out;
}
