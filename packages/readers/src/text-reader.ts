import type { DocumentReader, ReadText, SourceSegment } from '@lantu/core';
import { decodeText } from './decode-text.js';
import { fileExtension } from './file-extension.js';

const MARKDOWN_EXTENSIONS: readonly string[] = ['md', 'markdown'];

/** A line holding only whitespace (ASCII, no-break or ideographic spaces) ends a block. */
const BLANK_LINE = /^\s*$/;
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

/**
 * Splits text into blocks separated by blank lines, without copying or changing it: each
 * segment spans a block from its first to its last non-whitespace character. Blank-line
 * blocks are the paragraphs of hard-wrapped newspaper text and the sections of Markdown.
 */
export function paragraphSegments(text: string): SourceSegment[] {
  const segments: SourceSegment[] = [];
  let start: number | undefined;
  let end = 0;
  const close = (): void => {
    if (start === undefined) return;
    segments.push({ start, end, paragraph: segments.length + 1 });
    start = undefined;
  };
  for (const match of text.matchAll(LINE)) {
    const line = match[0];
    if (line.length === 0) break; // the empty match at the very end
    const lineStart = match.index;
    if (BLANK_LINE.test(line)) {
      close();
      continue;
    }
    start ??= lineStart + line.search(/\S/);
    end = lineStart + line.trimEnd().length;
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
      return { text, format, segments: paragraphSegments(text) };
    });
  },
};
