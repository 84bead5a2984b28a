import type { ChangeAuthor } from '../records.js';
import { DOCUMENT_KINDS, LantuError } from '@lantu/core';
import type { Kysely } from 'kysely';
import { asLantuError } from '../db-errors.js';
import type { DocumentSummary } from '../records.js';
import { DOCUMENT_SUMMARY_COLUMNS, toDocumentSummary } from '../rows/document-row.js';
import type { Database } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import {
  assertActor,
  assertNoProblems,
  isNullableString,
  isOneOf,
  isRecord,
  isYear,
} from '../validation/checks.js';
import { assertExpectedVersion, type WriteOptions } from './expected-version.js';
import { fieldChanges, isNoChange } from './field-changes.js';
import { appendHistory } from './history.js';

/** The metadata a person may correct; the text and its reading never change. */
export const PATCHABLE_DOCUMENT_FIELDS = ['title', 'issuer', 'kind', 'date', 'horizon'] as const;

export type DocumentMetaPatch = Partial<
  Pick<DocumentSummary, (typeof PATCHABLE_DOCUMENT_FIELDS)[number]>
>;

function problems(patch: Readonly<Record<string, unknown>>): string[] {
  const found: string[] = [];
  for (const key of Object.keys(patch)) {
    if (!(PATCHABLE_DOCUMENT_FIELDS as readonly string[]).includes(key)) {
      found.push(`${key} cannot be changed`);
    }
  }
  if (Object.keys(patch).length === 0) found.push('changes nothing');
  const { title, issuer, kind, date, horizon } = patch;
  if (
    'title' in patch &&
    (typeof title !== 'string' || title.trim() === '' || title.length > 500)
  ) {
    found.push('title must be 1 to 500 characters');
  }
  if ('issuer' in patch && !isNullableString(issuer)) found.push('issuer must be text or null');
  if ('kind' in patch && !isOneOf(DOCUMENT_KINDS, kind))
    found.push(`kind must be one of ${DOCUMENT_KINDS.join(', ')}`);
  if (
    'date' in patch &&
    date !== null &&
    (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(date))
  ) {
    found.push('date must be YYYY-MM-DD or null');
  }
  if ('horizon' in patch && horizon !== null && !isYear(horizon))
    found.push('horizon must be a year or null');
  return found;
}

/**
 * Corrects a document's metadata in one transaction with its history entry. INPUT_INVALID
 * (nothing changes) for an unknown field or a bad value; CONFLICT when `expectedVersion`
 * is given and the document has moved on from it. A patch equal to the current values
 * changes nothing (no new version, no history).
 */
export async function changeDocumentMeta(
  ctx: StoreContext,
  id: string,
  patch: DocumentMetaPatch,
  actor: ChangeAuthor,
  options?: WriteOptions,
): Promise<DocumentSummary> {
  assertActor(actor);
  if (!isRecord(patch)) throw new LantuError('INPUT_INVALID', 'document patch: expected an object');
  assertNoProblems('document patch', problems(patch));
  try {
    return await ctx.db.transaction().execute(async (trx: Kysely<Database>) => {
      const row = await trx
        .selectFrom('documents')
        .select(DOCUMENT_SUMMARY_COLUMNS)
        .where('id', '=', id)
        .$if(ctx.dialect === 'postgres', (q) => q.forUpdate())
        .executeTakeFirst();
      if (row === undefined) throw new LantuError('NOT_FOUND', `no document ${id}`);
      assertExpectedVersion(`文件 ${id} `, row.version, options);
      const current = toDocumentSummary(row);
      const next = { ...current, ...patch };
      const changes = fieldChanges(current, next, [...PATCHABLE_DOCUMENT_FIELDS]);
      if (isNoChange(changes)) return current;
      const version = row.version + 1;
      const { title, issuer, kind, date, horizon } = next;
      await trx
        .updateTable('documents')
        .set({ title, issuer, kind, date, horizon, version })
        .where('id', '=', id)
        .execute();
      await appendHistory(trx, {
        entity: 'document',
        entity_id: id,
        action: 'correct',
        actor,
        at: ctx.now(),
        ...changes,
      });
      return { ...next, version };
    });
  } catch (error) {
    throw asLantuError(error, `correction of document ${id}`);
  }
}
