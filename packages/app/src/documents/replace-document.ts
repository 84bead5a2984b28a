import { LantuError } from '@lantu/core';
import type { ChangeAuthor } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { attachIngested } from '../plans/attach-plans.js';
import type { IngestInput } from '../types.js';

/** The outcome of replacing a document by a new version of its file. */
export interface DocumentReplacement {
  /** `unchanged`: the new file has the same content; nothing was changed. */
  readonly status: 'replaced' | 'unchanged';
  readonly documentId: string;
  readonly items: number;
  readonly linked: number;
  /** Confirmed / rejected decisions carried to unchanged items of the new version. */
  readonly keptDecisions: number;
  /** Decisions that did not carry (corrections, items whose text changed). */
  readonly droppedDecisions: number;
}

/**
 * Reads the new version, stores it as ingest does, then retires the old one
 * (store.documents.replace: decisions on unchanged items are kept, the old document and
 * all read from it go, history says who). The old document stays if anything fails
 * before that last step; a new version already stored under another document is a
 * CONFLICT, since replacing would merge two documents.
 */
export async function replaceDocument(
  ctx: AppContext,
  id: string,
  input: IngestInput,
  actor: ChangeAuthor,
): Promise<DocumentReplacement> {
  await ctx.store.documents.get(id); // NOT_FOUND before any reading
  const [result] = await ingestFiles(ctx, [input], { actor });
  if (result === undefined) throw new Error('ingest returned no result for one file');
  if (!result.ok) throw new LantuError(result.code, result.message);
  const { documentId, items, linked } = result;
  if (documentId === id) {
    return {
      status: 'unchanged',
      documentId,
      items,
      linked,
      keptDecisions: 0,
      droppedDecisions: 0,
    };
  }
  if (result.status === 'unchanged') {
    throw new LantuError('CONFLICT', `这个文件已作为另一份文件存储（${documentId}），未替换`);
  }
  await attachIngested(ctx, [result]);
  const kept = await ctx.store.documents.replace(id, documentId, actor);
  return { status: 'replaced', documentId, items, linked, ...kept };
}
