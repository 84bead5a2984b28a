import { Buffer } from 'node:buffer';
import { LantuError } from '@lantu/core';
import type { DocumentReader, ReadText } from '@lantu/core';
import { blocksToReadText } from './blocks-to-read-text.js';

/**
 * Added to mammoth's defaults (which already map "heading 1"…"heading 6" to h1–h6): Word's
 * Title/Subtitle styles are what Chinese official documents use for the document name.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

function describeFailure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  // jszip's wording (with a link to its docs) means the bytes are no ZIP at all, which is
  // what an old binary .doc, or a PDF, renamed to .docx looks like.
  if (/central directory|zip file/i.test(detail)) {
    return 'not a DOCX file (no ZIP container inside; an old .doc renamed to .docx?)';
  }
  return `not a readable DOCX file (${detail})`;
}

/**
 * Word 2007+ documents. mammoth turns the DOCX into semantic HTML (paragraphs, headings by
 * style, lists, tables), which is then read like any HTML page, so headings come out as
 * Markdown `#` lines and each paragraph becomes one segment.
 */
export const docxReader: DocumentReader = {
  extensions: ['docx'],
  async read(bytes: Uint8Array, fileName: string): Promise<ReadText> {
    // Loaded on first use: most runs read no DOCX, and mammoth pulls in a zip and XML stack.
    const { default: mammoth } = await import('mammoth');
    let html: string;
    try {
      const result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        {
          styleMap: STYLE_MAP,
          // Images are not text; the default would inline every picture as base64.
          convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
          // A document must never make us read other files on this machine.
          externalFileAccess: false,
        },
      );
      html = result.value;
    } catch (error) {
      throw new LantuError('FILE_UNREADABLE', `${fileName}: ${describeFailure(error)}`, {
        cause: error,
      });
    }
    const { htmlToBlocks } = await import('./html-blocks.js');
    return blocksToReadText(htmlToBlocks(html).blocks, 'docx');
  },
};
