import type { DocumentReader, ReadText } from '@lantu/core';
import { blocksToReadText } from './blocks-to-read-text.js';
import { decodeText } from './decode-text.js';

/** How far into the file browsers look for a `<meta charset>`; the HTML spec says 1024 bytes. */
const SNIFF_BYTES = 1024;

/**
 * The charset a page declares in `<meta charset=…>` or `<meta http-equiv=Content-Type
 * content="…; charset=…">`. Read as "latin1" (windows-1252 to TextDecoder), which never fails.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/** HTML pages (government sites, newspaper articles saved from a browser). */
export const htmlReader: DocumentReader = {
  extensions: ['html', 'htm'],
  async read(bytes: Uint8Array, fileName: string): Promise<ReadText> {
    // The HTML parser loads with the first page: reading plain text never pays for it.
    const { htmlToBlocks } = await import('./html-blocks.js');
    const { text } = decodeText(bytes, fileName, declaredCharset(bytes));
    const { blocks, title } = htmlToBlocks(text);
    return blocksToReadText(blocks, 'html', title);
  },
};
