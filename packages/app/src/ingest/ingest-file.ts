import type { ChangeAuthor } from '@lantu/store';
import { isLantuError } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import type { IngestInput, IngestResult } from '../types.js';
import { syncItemObservations } from './document-observations.js';
import { planIngest } from './ingest-plan.js';
import { readInput } from './read-input.js';

/**
 * Ingests one file: read it, link its targets and actuals, pick the figures its actuals
 * report, and store the document, its reading, those links and those figures (as
 * observations) in ONE transaction (store.documents.ingestReading). A file already stored
 * is `unchanged`: it is not linked again (that would undo nothing a person did, but could
 * change links when the catalog changed; `linkAll` is the way to re-link), only missing
 * observations are added, which repairs a document stored before ingest was one
 * transaction (its figures then followed in a later one that could fail).
 *
 * Never throws: a file that cannot be read or stored is an `ok: false` result, and the
 * store holds nothing of it, while the other files of a batch still go in.
 */
export async function ingestFile(
  ctx: AppContext,
  input: IngestInput,
  actor: ChangeAuthor,
): Promise<IngestResult> {
  try {
    const read = await readInput(input);
    const plan = await planIngest(ctx, read);
    const stored = await ctx.store.documents.ingestReading({
      fileName: input.fileName,
      text: read.text,
      contentHash: read.contentHash,
      meta: read.meta,
      reading: read.reading,
      actor,
      links: plan.links,
      observations: plan.observations,
    });
    const { documentId, status } = stored;
    if (status === 'created') {
      const items = read.reading.items.length;
      return { ok: true, fileName: input.fileName, status, documentId, items, linked: plan.linked };
    }
    const items = await ctx.store.items.list({ documentId });
    await syncItemObservations(ctx, items);
    return {
      ok: true,
      fileName: input.fileName,
      status,
      documentId,
      items: items.length,
      linked: items.filter((item) => item.indicator_code !== null).length,
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
