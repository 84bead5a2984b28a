/**
 * @lantu/readers: file-format adapters implementing core's DocumentReader port. Each turns a
 * file's bytes into ReadText (text plus a map back to pages/paragraphs).
 */
export { readDocumentFile, readerFor, supportedExtensions, documentReaders } from './read-file.js';
export { textReader } from './text-reader.js';
export { pdfReader } from './pdf-reader.js';
export { docxReader } from './docx-reader.js';
export { htmlReader } from './html-reader.js';
export { DEFAULT_READ_LIMITS } from './read-limits.js';
export type { ReadLimits } from './read-limits.js';
export { checkZipLimits } from './zip-limits.js';
export { createReadPool, DEFAULT_READ_POOL } from './pool/read-pool.js';
export type { ReadPool, ReadPoolOptions, PooledRead } from './pool/read-pool.js';
