import { isWhiteSpace, type DocumentReader, type ReadText, type SourceSegment } from '@lantu/core';
import { decodeText } from './decode-text.js';
import { fileExtension } from './file-extension.js';

const MARKDOWN_EXTENSIONS: readonly string[] = ['md', 'markdown'];

/** A line holding only whitespace (ASCII, no-break or ideographic spaces) ends a block. */
/**
 * Splits text into blocks separated by blank lines, without copying or changing it: each
 * segment spans a block from its first to its last non-whitespace character. Blank-line
 * blocks are the paragraphs of hard-wrapped newspaper text and the sections of Markdown.
 * Lines end at \n, \r\n or \r; a line of only whitespace (ASCII, no-break or ideographic
 * spaces) is blank. One pass over character codes: a 10 MB file has some 200,000 lines, and
 * a regex match and a string per line cost a tenth of a second.
 */
export function paragraphSegments(text: string): SourceSegment[] {
  const segments: SourceSegment[] = [];
  let start = -1;
  let end = 0;
  const close = (): void => {
    if (start < 0) return;
    segments.push({ start, end, paragraph: segments.length + 1 });
    start = -1;
  };
  const length = text.length;
  let lineStart = 0;
  while (lineStart < length) {
    let first = -1;
    let last = -1;
    let at = lineStart;
    for (; at < length; at++) {
      const code = text.charCodeAt(at);
      if (code === 10 || code === 13) break;
      if (!isWhiteSpace(code)) {
        if (first < 0) first = at;
        last = at;
      }
    }
    if (first < 0) close();
    else {
      if (start < 0) start = first;
      end = last + 1;
    }
    // \r\n is one line end.
    lineStart = text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
  }
  close();
  return segments;
}

/**
 * Plain text and Markdown. The text is the file's characters exactly as decoded (UTF-8, or
 * GB18030 for GBK files), so extraction offsets point straight into the original.
 */
export const textReader: DocumentReader = {
  extensions: ['txt', ...MARKDOWN_EXTENSIONS],
  read(bytes: Uint8Array, fileName: string): Promise<ReadText> {
    // A sync body inside a promise-returning function: decoding errors become rejections.
    return Promise.resolve().then(() => {
      const { text } = decodeText(bytes, fileName);
      const format = MARKDOWN_EXTENSIONS.includes(fileExtension(fileName)) ? 'markdown' : 'text';
      // Worked out when first asked: `lantu extract` never asks, and a 10 MB text has
      // 200,000 lines to walk. (A copy to another thread asks, so workers send them.)
      let segments: readonly SourceSegment[] | undefined;
      return {
        text,
        format,
        get segments(): readonly SourceSegment[] {
          segments ??= paragraphSegments(text);
          return segments;
        },
      };
    });
  },
};
