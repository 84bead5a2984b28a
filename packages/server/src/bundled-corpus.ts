import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestInput, IngestResult, LantuApp } from '@lantu/app';
import { DOCUMENT_KINDS, LantuError, type DocumentKind } from '@lantu/core';
import { z } from 'zod';

/** Who the first-start ingest is recorded as in the history. */
const CORPUS_ACTOR = 'lantu-server';

/** The corpus manifest: what is known about each file (fixtures/yiwu/corpus/manifest.json). */
const manifestSchema = z.array(
  z.object({
    file: z.string().min(1),
    title: z.string().optional(),
    jurisdiction: z.string().optional(),
    issuer: z.string().optional(),
    kind: z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]]).optional(),
    date: z.iso.date().optional(),
    horizon: z.int().optional(),
  }),
);

/** The corpus's files with their manifest metadata. MANIFEST_INVALID if the manifest is bad. */
export async function readCorpus(dir: string): Promise<IngestInput[]> {
  const path = join(dir, 'manifest.json');
  const parsed = manifestSchema.safeParse(parseJson(await readFile(path, 'utf8'), path));
  if (!parsed.success) {
    throw new LantuError('MANIFEST_INVALID', `${path}: ${z.prettifyError(parsed.error)}`);
  }
  return Promise.all(
    parsed.data.map(async ({ file, ...meta }) => ({
      fileName: file,
      bytes: new Uint8Array(await readFile(join(dir, file))),
      meta,
    })),
  );
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LantuError('MANIFEST_INVALID', `${path}: not valid JSON`, { cause: error });
  }
}

/**
 * On first start (an empty store) ingests the bundled corpus so there is something to see;
 * a store with any document is left alone. Returns the results, or null when it did nothing.
 */
export async function ingestCorpusIfEmpty(
  app: LantuApp,
  dir: string,
): Promise<readonly IngestResult[] | null> {
  if ((await app.documents()).length > 0) return null;
  return app.ingest(await readCorpus(dir), { actor: CORPUS_ACTOR });
}

/**
 * Whether the store is the bundled demo: it holds documents, and the server ingested them
 * from the bundled corpus (not people through uploads or the CLI).
 */
export async function isBundledDemoStore(app: LantuApp): Promise<boolean> {
  const documents = await app.documents();
  if (documents.length === 0) return false;
  for (const document of documents) {
    const [ingest] = await app.store.history.list({ entity: 'document', entityId: document.id });
    if (ingest?.actor !== CORPUS_ACTOR) return false;
  }
  return true;
}
