import type { ChangeAuthor } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import type { IngestInput, IngestResult } from '../types.js';
import { ingestFile } from './ingest-file.js';

/** Options of LantuApp.ingest. */
export interface IngestOptions {
  readonly actor: ChangeAuthor;
  readonly onProgress?: (done: number, total: number, fileName: string) => void;
}

/**
 * Ingests files one after another (SQLite has one writer; order keeps runs repeatable),
 * each in its own transaction, reporting progress after each. One result per input, in
 * input order; a failed file does not stop the others.
 */
export async function ingestFiles(
  ctx: AppContext,
  inputs: readonly IngestInput[],
  options: IngestOptions,
): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const input of inputs) {
    results.push(await ingestFile(ctx, input, options.actor));
    options.onProgress?.(results.length, inputs.length, input.fileName);
  }
  return results;
}
