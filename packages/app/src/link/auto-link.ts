import {
  linkItem,
  linkJurisdiction,
  MAX_LINKABLE_METRIC_CHARS,
  type IndicatorCatalog,
  type Item,
  type Jurisdiction,
} from '@lantu/core';
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
  return createAutoLinker(catalog, jurisdictions)(item, item.jurisdiction_code);
}

/**
 * The automatic link of one item whose jurisdiction is `home` (its document's), as
 * `autoLinkFor` decides it, over one catalog and place list.
 */
export type AutoLinker = (item: Item, home: string | null) => AutoLink;

/**
 * Distinct decisions one linker keeps. A document repeats its metrics (地区生产总值,
 * 城镇居民人均可支配收入 …) hundreds of times; beyond this many distinct ones it starts over.
 */
const MAX_REMEMBERED = 50_000;

/**
 * A linker for many items over one catalog and one jurisdiction list (one ingest, one
 * page of linkAll). The decision depends only on the item's metric, measure, base unit and
 * jurisdiction, so each distinct combination is decided once; the places near each
 * jurisdiction and their names are worked out once too.
 */
export function createAutoLinker(
  catalog: IndicatorCatalog,
  jurisdictions: readonly Jurisdiction[],
): AutoLinker {
  const places = new Map<string, { nearby: readonly Jurisdiction[]; names: string[] }>();
  const placesOf = (home: string | null) => {
    const key = home ?? '';
    let hit = places.get(key);
    if (hit === undefined) {
      const nearby = nearbyJurisdictions(home, jurisdictions);
      hit = { nearby, names: jurisdictionNamesOf(home, nearby) };
      places.set(key, hit);
    }
    return hit;
  };
  const decided = new Map<string, AutoLink>();
  return (item, home) => {
    // A metric too long to name anything is not worth remembering (linkItem refuses it).
    const remember = item.metric.length <= MAX_LINKABLE_METRIC_CHARS;
    const key = remember
      ? [home ?? '', item.measure ?? '', item.base_unit ?? '', item.metric].join('\u0000')
      : '';
    const hit = remember ? decided.get(key) : undefined;
    if (hit !== undefined) return hit;
    const { nearby, names } = placesOf(home);
    const link = linkItem(item, catalog, { jurisdictionNames: names });
    // A document with no jurisdiction gives nothing to fall back on; only a metric that
    // names a known place (金华市生产总值) can then say whose figure it is.
    const whose = linkJurisdiction(item, home ?? '', nearby).jurisdiction;
    const decision: AutoLink = {
      indicatorCode: link?.indicator_code ?? null,
      confidence: link?.confidence ?? null,
      jurisdictionCode: whose === '' ? null : whose,
    };
    if (remember) {
      if (decided.size >= MAX_REMEMBERED) decided.clear();
      decided.set(key, decision);
    }
    return decision;
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
  const linkerFor = createAutoLinker(await ctx.catalog(), await ctx.jurisdictions());
  const out: StoredItem[] = [];
  for (const item of items) {
    if (item.kind === 'milestone' || item.link_method === 'manual') {
      out.push(item);
      continue;
    }
    const next = linkerFor(item, item.jurisdiction_code);
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
