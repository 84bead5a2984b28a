import { createHash } from 'node:crypto';
import { readDocument, type DocumentMeta, type Reading } from '@lantu/core';
import { readDocumentFile } from '@lantu/readers';
import type { IngestInput } from '../types.js';

/** A file read and understood, ready to store. */
export interface ReadInput {
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly reading: Reading;
  /** SHA-256 (hex) of the file's bytes: identical files are one document. */
  readonly contentHash: string;
}

/**
 * Reads a file's text (readers) and its reading (core). Metadata given by the caller wins
 * field by field over a title the file itself carries; what neither gives, the reading
 * infers from the text. Throws LantuError for files that cannot be read.
 */
export async function readInput(input: IngestInput): Promise<ReadInput> {
  const read = await readDocumentFile(input.bytes, input.fileName);
  const meta: DocumentMeta = {
    ...definedOnly({ title: read.title }),
    ...definedOnly(input.meta ?? {}),
  };
  return {
    text: read.text,
    meta,
    reading: readDocument({ text: read.text, meta }),
    contentHash: createHash('sha256').update(input.bytes).digest('hex'),
  };
}

/** Drops undefined fields, so an absent value never overrides a present one. */
function definedOnly(meta: DocumentMeta): DocumentMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
}
