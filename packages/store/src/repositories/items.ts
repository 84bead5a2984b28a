import { LantuError, type Item, type ReviewState } from '@lantu/core';
import type { Kysely } from 'kysely';
import { asLantuError } from '../db-errors.js';
import type { ChangeAuthor, StoredItem } from '../records.js';
import { itemColumns, toItem, toStoredItem } from '../rows/item-row.js';
import type { Database } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { assertActor, assertNoProblems } from '../validation/checks.js';
import {
  assertItemPatchShape,
  PATCHABLE_ITEM_FIELDS,
  type ItemPatch,
} from '../validation/item-patch.js';
import { itemFieldProblems } from '../validation/item-problems.js';
import { fieldChanges, isNoChange } from './field-changes.js';
import { appendHistory } from './history.js';
import { applyItemConditions, applyItemFilter, type ItemFilter } from './item-filter.js';
import { assertExpectedVersion, type WriteOptions } from './expected-version.js';
import { selectItemForChange } from './locked-item.js';

/** Read items and record what people say about them. Each change writes one history entry. */
export interface ItemRepository {
  list(filter?: ItemFilter): Promise<StoredItem[]>;
  /** How many items match the filter (its limit and offset ignored): one SQL count. */
  count(filter?: ItemFilter): Promise<number>;
  /** NOT_FOUND for an unknown id. */
  get(id: string): Promise<StoredItem>;
  /**
   * A person's correction: the patched values, review_state `corrected`, and a history
   * entry with the changed fields before and after. INPUT_INVALID (nothing changes) for a
   * patch that names unpatchable fields or leaves the item invalid. A patch equal to the
   * current values changes nothing and writes no history. CONFLICT (nothing changes) when
   * `expectedVersion` is given and the item has moved on from it.
   */
  updateItem(
    id: string,
    patch: ItemPatch,
    actor: ChangeAuthor,
    options?: WriteOptions,
  ): Promise<StoredItem>;
  /** Marks the item right as read. CONFLICT when `expectedVersion` is stale. */
  confirm(id: string, actor: ChangeAuthor, options?: WriteOptions): Promise<StoredItem>;
  /** Marks the item wrongly read (not an item, or not this one). */
  reject(id: string, actor: ChangeAuthor, options?: WriteOptions): Promise<StoredItem>;
}

/** The item repository over a store connection. */
export function createItemRepository(ctx: StoreContext): ItemRepository {
  const inTransaction = async (
    what: string,
    work: (trx: Kysely<Database>) => Promise<StoredItem>,
  ): Promise<StoredItem> => {
    try {
      return await ctx.db.transaction().execute(work);
    } catch (error) {
      throw asLantuError(error, what);
    }
  };

  // async, so that bad input rejects the promise like every other failure instead of throwing.
  const setReviewState = async (
    id: string,
    state: ReviewState,
    action: string,
    actor: ChangeAuthor,
    options: WriteOptions | undefined,
  ): Promise<StoredItem> => {
    assertActor(actor);
    return inTransaction(`${action} of item ${id}`, async (trx) => {
      const row = await selectItemForChange(trx, ctx.dialect, id);
      assertExpectedVersion(`条目 ${id} `, row.version, options);
      if (row.review_state === state) return toStoredItem(row);
      const at = ctx.now();
      const version = row.version + 1;
      await trx
        .updateTable('items')
        .set({ review_state: state, updated_at: at, version })
        .where('id', '=', id)
        .execute();
      await appendHistory(trx, {
        entity: 'item',
        entity_id: id,
        action,
        actor,
        at,
        before: { review_state: row.review_state },
        after: { review_state: state },
      });
      return toStoredItem({ ...row, review_state: state, updated_at: at, version });
    });
  };

  return {
    async list(filter = {}) {
      const rows = await applyItemFilter(ctx.db.selectFrom('items').selectAll(), filter).execute();
      return rows.map(toStoredItem);
    },
    async count(filter = {}) {
      const { limit: _limit, offset: _offset, ...conditions } = filter;
      const row = await applyItemConditions(
        ctx.db.selectFrom('items').select((eb) => eb.fn.countAll().as('n')),
        conditions,
      ).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async get(id) {
      const row = await ctx.db
        .selectFrom('items')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (row === undefined) throw new LantuError('NOT_FOUND', `no item ${id}`);
      return toStoredItem(row);
    },
    async updateItem(id, patch, actor, options) {
      assertActor(actor);
      assertItemPatchShape(patch);
      return inTransaction(`correction of item ${id}`, async (trx) => {
        const row = await selectItemForChange(trx, ctx.dialect, id);
        assertExpectedVersion(`条目 ${id} `, row.version, options);
        const current = toItem(row);
        const next: Item = { ...current, ...patch };
        assertNoProblems('item patch', itemFieldProblems(next, 'item'));
        const changes = fieldChanges(current, next, PATCHABLE_ITEM_FIELDS);
        if (isNoChange(changes)) return toStoredItem(row);
        const at = ctx.now();
        const columns = {
          ...itemColumns(next),
          review_state: 'corrected',
          updated_at: at,
          version: row.version + 1,
        };
        await trx.updateTable('items').set(columns).where('id', '=', id).execute();
        await appendHistory(trx, {
          entity: 'item',
          entity_id: id,
          action: 'correct',
          actor,
          at,
          before: { ...changes.before, review_state: row.review_state },
          after: { ...changes.after, review_state: 'corrected' },
        });
        return toStoredItem({ ...row, ...columns });
      });
    },
    confirm: (id, actor, options) => setReviewState(id, 'confirmed', 'confirm', actor, options),
    reject: (id, actor, options) => setReviewState(id, 'rejected', 'reject', actor, options),
  };
}
