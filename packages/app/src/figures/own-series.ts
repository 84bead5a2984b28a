import {
  LantuError,
  unitFamilyOf,
  type Actor,
  type Indicator,
  type Polarity,
  type UnitFamily,
} from '@lantu/core';
import type { StoredItem } from '@lantu/store';
import type { AppContext } from '../app-context.js';

/**
 * Why this exists: most targets of a plan measure something no catalog indicator covers
 * (植物专类园 18个, 城市人口规模 300万人). Before, a figure for such a target — typed in by the
 * planning office or accepted from a department's report — was refused or silently dropped,
 * so the target stayed 暂无数据 whatever the people did. Now the target gets a series of its
 * own: an indicator added to the catalog (not built in) named after the target's metric, in
 * its unit family, and the target linked to it by the person whose figure it is. A target
 * restating the same metric in the same unit family reuses that indicator, so one promise
 * made in two documents is judged on one series.
 */
export async function ensureOwnSeries(
  ctx: AppContext,
  item: StoredItem,
  actor: Actor,
): Promise<StoredItem> {
  if (item.indicator_code !== null && item.jurisdiction_code !== null) return item;
  const jurisdiction =
    item.jurisdiction_code ?? (await ctx.store.documents.get(item.document_id)).jurisdiction_code;
  if (jurisdiction === null) {
    throw new LantuError(
      'INPUT_INVALID',
      '该目标所在文件没有地区，请先在文件信息中填写地区 (the target’s document has no place: set it first)',
    );
  }
  const indicatorCode = item.indicator_code ?? (await ownIndicator(ctx, item));
  const { item: linked } = await ctx.store.links.set({
    itemId: item.id,
    indicatorCode,
    confidence: 1,
    jurisdictionCode: jurisdiction,
    method: 'manual',
    actor,
  });
  return linked;
}

/** The user-added indicator for the item's metric and unit family, added when missing. */
async function ownIndicator(ctx: AppContext, item: StoredItem): Promise<string> {
  const name = item.metric.trim();
  if (name === '') {
    throw new LantuError(
      'INPUT_INVALID',
      '该目标没有指标名称，请先在原文中更正指标 (the target has no metric name: correct it first)',
    );
  }
  const family = ownFamily(item);
  const existing = (await ctx.store.indicators.list()).find(
    (i) => !i.is_builtin && i.name_zh === name && i.unit_family === family,
  );
  if (existing !== undefined) return existing.code;
  const indicator: Indicator = {
    code: `own-${family}-${hashOf(`${name}\u0000${family}`)}`,
    name_zh: name,
    // no English name is known: the English UI shows the document's own words
    name_en: name,
    aliases: [],
    unit_family: family,
    base_unit: family === 'rank' ? '位' : item.base_unit,
    polarity: polarityOf(item),
  };
  await ctx.store.indicators.upsert([indicator]);
  return indicator.code;
}

/** A growth target's series is the level it grows; a rank is a place of the metric. */
function ownFamily(item: StoredItem): UnitFamily {
  if (item.measure === 'rank') return 'rank';
  return unitFamilyOf(item.base_unit) ?? 'other';
}

function polarityOf(item: StoredItem): Polarity {
  if (item.measure === 'rank' || item.measure === 'decrease') return 'lower-is-better';
  if (item.comparator === '<=' || item.comparator === '<') return 'lower-is-better';
  if (item.comparator === '~' || item.comparator === '=' || item.comparator === 'range') {
    return 'target-is-best';
  }
  return 'higher-is-better';
}

/** FNV-1a, base 36: a short stable code from the metric (codes must be slugs). */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
