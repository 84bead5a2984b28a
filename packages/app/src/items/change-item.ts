import { LantuError, isLantuError } from '@lantu/core';
import type { StoredItem } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { syncItemObservations } from '../ingest/document-observations.js';
import { autoLinkItems } from '../link/auto-link.js';
import type { ItemChange } from '../types.js';
import { VersionConflictError } from './version-conflict.js';

const LINK_FIELDS = ['indicator_code', 'jurisdiction_code'] as const;
/** Fields whose correction can change which indicator the metric names. */
const LINKING_FIELDS = ['metric', 'kind', 'measure', 'unit', 'base_unit'];

/**
 * A person's change to an item: confirm, reject, or correct. A correction may patch the
 * item's fields and/or re-link it (`indicator_code`, `jurisdiction_code`): the link is
 * stored as `manual`, which the automatic linker never replaces. A correction of the
 * metric or unit of an automatically linked item re-runs the linker on the corrected
 * item. The figures of actual items follow, so the scorecard sees the change at once.
 * With `expectedVersion`, a change made from an older version of the item is refused
 * (VersionConflictError, carrying the item as it is now) and nothing changes.
 */
export async function changeItem(
  ctx: AppContext,
  id: string,
  change: ItemChange,
): Promise<StoredItem> {
  try {
    return await applyChange(ctx, id, change);
  } catch (error) {
    const expected = change.expectedVersion;
    if (expected === undefined || !isLantuError(error) || error.code !== 'CONFLICT') throw error;
    const current = await ctx.store.items.get(id);
    if (current.version === expected) throw error;
    throw new VersionConflictError(error.message, current);
  }
}

async function applyChange(ctx: AppContext, id: string, change: ItemChange): Promise<StoredItem> {
  const options = { expectedVersion: change.expectedVersion };
  let item: StoredItem;
  switch (change.action) {
    case 'confirm':
      item = await ctx.store.items.confirm(id, change.actor, options);
      break;
    case 'reject':
      item = await ctx.store.items.reject(id, change.actor, options);
      break;
    case 'correct':
      item = await correct(ctx, id, change);
      break;
    default:
      throw new LantuError('INPUT_INVALID', `item change: unknown action ${String(change.action)}`);
  }
  if (item.kind === 'actual') await syncItemObservations(ctx, [item]);
  return item;
}

async function correct(ctx: AppContext, id: string, change: ItemChange): Promise<StoredItem> {
  const patch = change.patch ?? {};
  const linkFields = LINK_FIELDS.filter((field) => field in patch);
  const fields = Object.fromEntries(
    Object.entries(patch).filter(([key]) => !(LINK_FIELDS as readonly string[]).includes(key)),
  );
  if (linkFields.length === 0 && Object.keys(fields).length === 0) {
    throw new LantuError('INPUT_INVALID', 'item patch: changes nothing');
  }
  let item =
    Object.keys(fields).length > 0
      ? await ctx.store.items.updateItem(id, fields, change.actor, {
          expectedVersion: change.expectedVersion,
        })
      : await ctx.store.items.get(id);
  if (linkFields.length > 0) {
    const indicatorCode = 'indicator_code' in patch ? patch['indicator_code'] : item.indicator_code;
    if (indicatorCode !== null && typeof indicatorCode !== 'string') {
      throw new LantuError('INPUT_INVALID', 'item patch: indicator_code must be a code or null');
    }
    const jurisdictionCode = await jurisdictionCodeOf(
      ctx,
      patch['jurisdiction_code'],
      'jurisdiction_code' in patch,
    );
    const result = await ctx.store.links.set({
      itemId: id,
      indicatorCode,
      confidence: null,
      jurisdictionCode,
      method: 'manual',
      actor: change.actor,
      // After a field update in this same change, the item is one version on.
      expectedVersion: Object.keys(fields).length > 0 ? item.version : change.expectedVersion,
    });
    return result.item;
  }
  if (
    item.link_method !== 'manual' &&
    Object.keys(fields).some((f) => LINKING_FIELDS.includes(f))
  ) {
    [item = item] = await autoLinkItems(ctx, [item], change.actor);
  }
  return item;
}

/** A jurisdiction given as code or name; undefined keeps the item's. */
async function jurisdictionCodeOf(
  ctx: AppContext,
  value: unknown,
  given: boolean,
): Promise<string | undefined> {
  if (!given) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new LantuError(
      'INPUT_INVALID',
      'item patch: jurisdiction_code must be a jurisdiction code',
    );
  }
  try {
    return (await ctx.store.jurisdictions.resolve(value)).code;
  } catch (error) {
    if (isLantuError(error) && error.code === 'NOT_FOUND') {
      throw new LantuError('INPUT_INVALID', `item patch: ${error.message}`);
    }
    throw error;
  }
}
