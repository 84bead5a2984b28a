import { LantuError } from '@lantu/core';
import type { Kysely } from 'kysely';
import { asLantuError } from '../db-errors.js';
import type { JsonValue } from '../json-column.js';
import type { ChangeAuthor } from '../records.js';
import type { Database } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { assertActor } from '../validation/checks.js';
import { appendHistory } from './history.js';

/** What a replacement carried over from the old version of a document. */
export interface ReplacementResult {
  /** Review decisions (confirmed / rejected) kept on items whose kind and text are unchanged. */
  readonly keptDecisions: number;
  /** Decisions on the old version that did not carry over (corrected items, changed text). */
  readonly droppedDecisions: number;
}

/**
 * Deletes a document with everything read from it: items, outline, frameworks, the
 * assignments and statuses of its items (foreign keys cascade) and the observations its
 * items reported (deleted here: their foreign key only clears the item). One `delete`
 * history entry on the document records who, and what it was.
 */
export async function deleteDocument(
  ctx: StoreContext,
  id: string,
  actor: ChangeAuthor,
): Promise<void> {
  assertActor(actor);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await removeDocument(trx, id, actor, ctx.now(), 'delete', null);
    });
  } catch (error) {
    throw asLantuError(error, `deletion of document ${id}`);
  }
}

/**
 * Replaces document `oldId` by `newId` (a new version, already stored): decisions that
 * people made on the old items carry over to new items of the same kind and text, then
 * the old version is deleted as deleteDocument does. One transaction: all or nothing.
 * Corrections are not carried (the corrected fields may not fit the new reading): the
 * result counts them as dropped, so the caller can say what was kept.
 */
export async function replaceDocument(
  ctx: StoreContext,
  oldId: string,
  newId: string,
  actor: ChangeAuthor,
): Promise<ReplacementResult> {
  assertActor(actor);
  if (oldId === newId) throw new LantuError('INPUT_INVALID', '新版本与原文件内容相同');
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const at = ctx.now();
      const result = await carryDecisions(trx, oldId, newId, at);
      await removeDocument(trx, oldId, actor, at, 'replace', {
        replaced_by: newId,
        kept_decisions: result.keptDecisions,
        dropped_decisions: result.droppedDecisions,
      });
      await appendHistory(trx, {
        entity: 'document',
        entity_id: newId,
        action: 'replace',
        actor,
        at,
        before: { document_id: oldId },
        after: { kept_decisions: result.keptDecisions },
      });
      return result;
    });
  } catch (error) {
    throw asLantuError(error, `replacement of document ${oldId}`);
  }
}

async function carryDecisions(
  trx: Kysely<Database>,
  oldId: string,
  newId: string,
  at: string,
): Promise<ReplacementResult> {
  const decided = await trx
    .selectFrom('items')
    .select(['kind', 'text', 'review_state'])
    .where('document_id', '=', oldId)
    .where('review_state', '!=', 'extracted')
    .execute();
  const newItems = await trx
    .selectFrom('items')
    .select(['id', 'kind', 'text'])
    .where('document_id', '=', newId)
    .where('review_state', '=', 'extracted')
    .orderBy('idx')
    .execute();
  const free = new Map<string, string[]>();
  for (const item of newItems) {
    const key = `${item.kind}\u0000${item.text}`;
    free.set(key, [...(free.get(key) ?? []), item.id]);
  }
  let kept = 0;
  for (const old of decided) {
    if (old.review_state === 'corrected') continue;
    const ids = free.get(`${old.kind}\u0000${old.text}`);
    const target = ids?.shift();
    if (target === undefined) continue;
    await trx
      .updateTable('items')
      .set({ review_state: old.review_state, updated_at: at })
      .where('id', '=', target)
      .execute();
    kept += 1;
  }
  return { keptDecisions: kept, droppedDecisions: decided.length - kept };
}

async function removeDocument(
  trx: Kysely<Database>,
  id: string,
  actor: ChangeAuthor,
  at: string,
  action: 'delete' | 'replace',
  extra: { readonly [key: string]: JsonValue } | null,
): Promise<void> {
  const document = await trx
    .selectFrom('documents')
    .select(['id', 'title', 'file_name', 'content_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (document === undefined) throw new LantuError('NOT_FOUND', `no document ${id}`);
  const itemIds = trx.selectFrom('items').select('id').where('document_id', '=', id);
  const { numDeletedRows: observations } = await trx
    .deleteFrom('observations')
    .where('item_id', 'in', itemIds)
    .executeTakeFirst();
  const items = await trx
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('document_id', '=', id)
    .executeTakeFirstOrThrow();
  await trx.deleteFrom('documents').where('id', '=', id).execute();
  await appendHistory(trx, {
    entity: 'document',
    entity_id: id,
    action,
    actor,
    at,
    before: {
      title: document.title,
      file_name: document.file_name,
      content_hash: document.content_hash,
      items: Number(items.n),
      observations: Number(observations),
    },
    after: extra,
  });
}
