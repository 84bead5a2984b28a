import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LantuError } from '@lantu/core';
import type { DocumentReader, ReadText } from '@lantu/core';
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { itemsToLines, type PositionedText } from './pdf-lines.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';
import { TextBuilder } from './text-builder.js';

type PdfjsModule = typeof Pdfjs;

/** Where pdfjs-dist's data lives; pdf.js reads these with fs in Node (paths need a final "/"). */
function pdfjsPaths(): { workerUrl: string; cMapDir: string; standardFontDir: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    workerUrl: pathToFileURL(join(root, 'legacy/build/pdf.worker.mjs')).href,
    // Chinese PDFs with non-embedded fonts name predefined CMaps (UniGB-UCS2-H, …); without
    // them pdf.js cannot map glyphs to Unicode and the text layer comes out empty.
    cMapDir: join(root, 'cmaps') + '/',
    standardFontDir: join(root, 'standard_fonts') + '/',
  };
}

let pdfjs: Promise<PdfjsModule> | undefined;

/**
 * Loads pdf.js once, on first use (it is large and most runs read no PDF). In Node pdf.js runs
 * its "worker" on the main thread by importing the worker module; pointing workerSrc at the
 * installed file, rather than pdf.js's relative default, keeps that working under tsx, vitest
 * and bundlers alike.
 */
function loadPdfjs(): Promise<PdfjsModule> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((module) => {
    module.GlobalWorkerOptions.workerSrc = pdfjsPaths().workerUrl;
    return module;
  });
  return pdfjs;
}

function unreadable(fileName: string, error: unknown): LantuError {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  const reason =
    name === 'PasswordException'
      ? 'the PDF is encrypted and needs a password to open'
      : name === 'InvalidPDFException'
        ? `not a valid PDF (${detail})`
        : `the PDF could not be read (${detail})`;
  return new LantuError('FILE_UNREADABLE', `${fileName}: ${reason}`, { cause: error });
}

/** Reads every page's text layer: lines joined by "\n", pages by a blank line. */
async function readPages(
  module: PdfjsModule,
  bytes: Uint8Array,
  fileName: string,
  maxPages: number,
): Promise<{ builder: TextBuilder; pageCount: number }> {
  const { cMapDir, standardFontDir } = pdfjsPaths();
  const task = module.getDocument({
    // pdf.js transfers (detaches) the buffer it is given; the caller's bytes must survive.
    data: bytes.slice(),
    cMapUrl: cMapDir,
    cMapPacked: true,
    standardFontDataUrl: standardFontDir,
    // Errors only: font and structure warnings are normal for real-world PDFs.
    verbosity: module.VerbosityLevel.ERRORS,
    isEvalSupported: false,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw unreadable(fileName, error);
    });
    if (document.numPages > maxPages) {
      throw new LantuError(
        'FILE_TOO_COMPLEX',
        `${fileName}: 页数过多（${document.numPages}页，上限${maxPages}页）/ too many pages (${document.numPages}; limit ${maxPages})`,
      );
    }
    const builder = new TextBuilder('\n\n');
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      // Marked-content markers carry no text; `in` narrows to pdf.js's TextItem.
      const items: PositionedText[] = content.items.flatMap((item) =>
        'str' in item ? [item] : [],
      );
      builder.add(itemsToLines(items).join('\n'), { page: pageNumber });
      page.cleanup();
    }
    return { builder, pageCount: document.numPages };
  } catch (error) {
    throw error instanceof LantuError ? error : unreadable(fileName, error);
  } finally {
    await task.destroy();
  }
}

/**
 * A PDF's text layer, refusing more than `maxPages` pages (FILE_TOO_COMPLEX) before any page
 * is read; scanned (image-only) PDFs are refused, they need OCR first.
 */
export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  maxPages: number = DEFAULT_READ_LIMITS.maxPdfPages,
): Promise<ReadText> {
  const module = await loadPdfjs();
  const { builder, pageCount } = await readPages(module, bytes, fileName, maxPages);
  const text = builder.text();
  if (text.trim() === '') {
    throw new LantuError(
      'FILE_EMPTY',
      `${fileName}: no text layer in ${pageCount} page(s); scanned PDFs need OCR`,
    );
  }
  return { text, format: 'pdf', segments: builder.segments() };
}

/** PDF files with a text layer, with the default page limit (read-file.ts passes its own). */
export const pdfReader: DocumentReader = {
  extensions: ['pdf'],
  read: (bytes: Uint8Array, fileName: string): Promise<ReadText> => readPdf(bytes, fileName),
};
