import { isLantuError } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import { autoLinkItems } from '../link/auto-link.js';
import type { IngestInput, IngestResult } from '../types.js';
import { syncItemObservations } from './document-observations.js';
import { readInput } from './read-input.js';

/**
 * Ingests one file: read it, store the document and its reading in one transaction
 * (store.documents.ingestReading), link its targets and actuals, and store the figures
 * its actuals report as observations. A file already stored is `unchanged`: it is not
 * linked again (that would undo nothing a person did, but could change links when the
 * catalog changed; `linkAll` is the way to re-link), only missing observations are
 * added, which repairs a run cut off after the document was stored.
 *
 * Never throws: a file that cannot be read or stored is an `ok: false` result, and the
 * store holds nothing of it (the document and its reading are one transaction). Linking
 * and figures follow in their own transactions; should one of those fail, the result is
 * a failure too, the document stays stored, and ingesting the file again adds its
 * missing figures (`linkAll` its missing links).
 */
export async function ingestFile(
  ctx: AppContext,
  input: IngestInput,
  actor: string,
): Promise<IngestResult> {
  try {
    const read = await readInput(input);
    const stored = await ctx.store.documents.ingestReading({
      fileName: input.fileName,
      text: read.text,
      contentHash: read.contentHash,
      meta: read.meta,
      reading: read.reading,
      actor,
    });
    const items = await ctx.store.items.list({ documentId: stored.documentId });
    const linked = stored.status === 'created' ? await autoLinkItems(ctx, items, actor) : items;
    await syncItemObservations(ctx, linked);
    return {
      ok: true,
      fileName: input.fileName,
      status: stored.status,
      documentId: stored.documentId,
      items: items.length,
      linked: linked.filter((item) => item.indicator_code !== null).length,
    };
  } catch (error) {
    if (isLantuError(error)) {
      return { ok: false, fileName: input.fileName, code: error.code, message: error.message };
    }
    // A bug in one file's path must not stop the batch; the message says what broke.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, fileName: input.fileName, code: 'INTERNAL', message };
  }
}
