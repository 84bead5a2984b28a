import { createHash } from 'node:crypto';
import { readDocument, type DocumentMeta, type Reading } from '@lantu/core';
import { readDocumentFile, type ReadPool } from '@lantu/readers';
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
 * infers from the text. With a pool, both halves run in a worker under its time and memory
 * limits, so a hostile file never stalls the caller. Throws LantuError for files that
 * cannot be read.
 */
export async function readInput(input: IngestInput, pool?: ReadPool): Promise<ReadInput> {
  const contentHash = createHash('sha256').update(input.bytes).digest('hex');
  if (pool !== undefined) {
    const { read, reading } = await pool.read(input.bytes, input.fileName, input.meta ?? {});
    if (reading === undefined) throw new Error('the read pool returned no reading');
    return { text: read.text, meta: mergedMeta(read.title, input.meta), reading, contentHash };
  }
  const read = await readDocumentFile(input.bytes, input.fileName);
  const meta = mergedMeta(read.title, input.meta);
  return {
    text: read.text,
    meta,
    reading: readDocument({ text: read.text, meta }),
    contentHash,
  };
}

function mergedMeta(title: string | undefined, meta: DocumentMeta | undefined): DocumentMeta {
  return { ...definedOnly({ title }), ...definedOnly(meta ?? {}) };
}

/** Drops undefined fields, so an absent value never overrides a present one. */
function definedOnly(meta: DocumentMeta): DocumentMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
}
