import { isLantuError } from '@lantu/core';
import type { DocumentSummary } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import type { DocumentChange } from '../types.js';
import { VersionConflictError } from './version-conflict.js';

/**
 * A person's correction of a document's metadata (title, issuer, kind, date, horizon).
 * With `expectedVersion`, a change made from an older version is refused
 * (VersionConflictError carrying the document as it is now) and nothing changes.
 */
export async function changeDocument(
  ctx: AppContext,
  id: string,
  change: DocumentChange,
): Promise<DocumentSummary> {
  try {
    return await ctx.store.documents.updateMeta(id, change.patch, change.actor, {
      expectedVersion: change.expectedVersion,
    });
  } catch (error) {
    const expected = change.expectedVersion;
    if (expected === undefined || !isLantuError(error) || error.code !== 'CONFLICT') throw error;
    const [current] = (await ctx.store.documents.list()).filter((d) => d.id === id);
    if (current === undefined || current.version === expected) throw error;
    throw new VersionConflictError(error.message, current);
  }
}
