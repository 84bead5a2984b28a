import { readDocument } from '@lantu/core';
import {
  createReadPool,
  DEFAULT_READ_POOL,
  readDocumentFile,
  readerFor,
  textReader,
  type ReadPool,
  type ReadPoolOptions,
} from '@lantu/readers';
import { mergeMeta } from '../document-meta.js';

/**
 * A ReadPool for the CLI: plain text and Markdown are read on this thread, the rest in a
 * worker pool started on first need. Reading text is one decode, linear in the file's size,
 * which readDocumentFile caps (the pool's `limits.maxFileBytes`, 50 MB) before decoding, so
 * a worker's time and memory caps would add nothing but its start and a structured clone
 * of the text and its reading back (for a 20 MB text, 66,000 items: seconds, and the
 * caller idle meanwhile). The formats that large libraries parse by their untrusted
 * structure (PDF, DOCX, HTML) stay in the worker, capped. A CLI run reads files its user
 * chose; a server keeps every file in the pool (a request must not stall the others).
 */
export function createTextFirstPool(overrides: Partial<ReadPoolOptions> = {}): ReadPool {
  const limits = overrides.limits ?? DEFAULT_READ_POOL.limits;
  let pool: ReadPool | undefined;
  return {
    async read(bytes, fileName, meta) {
      if (readerFor(fileName) !== textReader) {
        pool ??= createReadPool(overrides);
        return pool.read(bytes, fileName, meta);
      }
      const read = await readDocumentFile(bytes, fileName, limits);
      if (meta === undefined) return { read };
      // As the worker does: the given metadata wins field by field over the file's title.
      const reading = readDocument({
        text: read.text,
        meta: mergeMeta({ title: read.title }, meta),
      });
      return { read, reading };
    },
    close: async () => pool?.close(),
  };
}
