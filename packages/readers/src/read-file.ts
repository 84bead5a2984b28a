import { LantuError } from '@lantu/core';
import type { DocumentReader, ReadText } from '@lantu/core';
import { docxReader } from './docx-reader.js';
import { fileExtension } from './file-extension.js';
import { htmlReader } from './html-reader.js';
import { pdfReader } from './pdf-reader.js';
import { textReader } from './text-reader.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';
import type { ReadLimits } from './read-limits.js';
import { checkPdfStreams } from './pdf-limits.js';
import { readPdf } from './pdf-reader.js';
import { checkZipLimits } from './zip-limits.js';
import { decodeText } from './decode-text.js';
import { declaredCharset } from './html-reader.js';

/** Every reader, one per format family. */
export const documentReaders: readonly DocumentReader[] = [
  textReader,
  pdfReader,
  docxReader,
  htmlReader,
];

/** File name extensions readDocumentFile accepts (lower case, no dot). */
export const supportedExtensions: readonly string[] = documentReaders.flatMap(
  (reader) => reader.extensions,
);

/** Formats people try that look close to supported ones, with what to do instead. */
const HINTS: Readonly<Record<string, string>> = {
  doc: 'save it as .docx first',
  wps: 'save it as .docx first',
  rtf: 'save it as .docx first',
  xhtml: 'rename it to .html',
};

/** The reader for a file name, by extension (case-insensitive); undefined if none fits. */
export function readerFor(fileName: string): DocumentReader | undefined {
  const extension = fileExtension(fileName);
  return documentReaders.find((reader) => reader.extensions.includes(extension));
}

/**
 * Reads a document file into text plus a map back to its pages/paragraphs, choosing the
 * reader by the file name's extension.
 *
 * @throws LantuError UNSUPPORTED_FORMAT for an extension no reader handles; FILE_EMPTY for a
 *   zero-byte file or one with no text; FILE_UNREADABLE for bytes the format reader rejects;
 *   FILE_TOO_LARGE over `limits.maxFileBytes`; FILE_TOO_COMPLEX past another reading limit.
 */
export async function readDocumentFile(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ReadText> {
  const reader = readerFor(fileName);
  if (reader === undefined) {
    const extension = fileExtension(fileName);
    const hint = HINTS[extension];
    throw new LantuError(
      'UNSUPPORTED_FORMAT',
      `${fileName}: ${extension === '' ? 'no file extension' : `.${extension} files are not supported`}` +
        `${hint ? ` (${hint})` : ''}; supported: ${supportedExtensions.map((e) => `.${e}`).join(', ')}`,
    );
  }
  if (bytes.byteLength === 0) {
    throw new LantuError('FILE_EMPTY', `${fileName}: the file is empty (0 bytes)`);
  }
  await checkBeforeReading(bytes, fileName, limits);
  // The PDF reader counts pages as pdf.js opens the file; the others need no setting.
  const result = reader.extensions.includes('pdf')
    ? await readPdf(bytes, fileName, limits.maxPdfPages)
    : await reader.read(bytes, fileName);
  if (result.text.trim() === '') {
    throw new LantuError('FILE_EMPTY', `${fileName}: the file contains no text`);
  }
  return result;
}

/** The cheap checks that run before any format library sees the bytes. */
async function checkBeforeReading(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
): Promise<void> {
  if (bytes.byteLength > limits.maxFileBytes) {
    const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;
    throw new LantuError(
      'FILE_TOO_LARGE',
      `${fileName}: 文件过大（${mb(bytes.byteLength)}，上限 ${mb(limits.maxFileBytes)}）/ the file is too large (${mb(bytes.byteLength)}; limit ${mb(limits.maxFileBytes)})`,
    );
  }
  const extension = fileExtension(fileName);
  if (extension === 'docx' || extension === 'xlsx') checkZipLimits(bytes, fileName, limits);
  if (extension === 'pdf') checkPdfStreams(bytes, fileName, limits);
  if (extension === 'html' || extension === 'htm') {
    // The HTML parser loads with the first page: reading plain text never pays for it.
    const { checkHtmlDepth } = await import('./html-limits.js');
    const { text } = decodeText(bytes, fileName, declaredCharset(bytes));
    checkHtmlDepth(text, fileName, limits.maxHtmlDepth);
  }
}
