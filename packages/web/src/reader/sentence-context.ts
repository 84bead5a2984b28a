/**
 * The sentence around a read item, so a reviewer sees the clause in context: from after the
 * previous sentence end to the next one, capped so a list with no full stops stays short.
 * A line break ends a sentence only at a blank line, or before or after a heading or list
 * item: in newspaper prints the lines break mid-sentence.
 */
import { inlineText } from '../format/inline-text.js';

const PUNCTUATION_END = /[。！？；!?;]/;
/** How a heading or list item starts: 一、 （一） 25. # - ● —— */
const MARKER =
  /^[ \t]*(?:#|[-*●•—]|\d+[.、]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

export interface SentenceContext {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

function isEnd(text: string, index: number): boolean {
  const char = text.charAt(index);
  if (PUNCTUATION_END.test(char)) return true;
  if (char !== '\n') return false;
  const next = text.slice(index + 1, index + 12);
  if (next.startsWith('\n') || next.startsWith('\r\n') || MARKER.test(next)) return true; // blank line, next item
  // The line that ends was a heading: it starts with a marker and has no punctuation (a
  // wrapped list item such as “14. 建成200个海外仓。通过自建、合” goes on).
  const line = text.slice(text.lastIndexOf('\n', index - 1) + 1, index);
  return MARKER.test(line) && !/[。；，,;]/.test(line);
}

export function sentenceContext(
  text: string,
  start: number,
  end: number,
  maxContext = 120,
): SentenceContext {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));

  let left = from;
  while (left > 0 && from - left < maxContext && !isEnd(text, left - 1)) left -= 1;
  const cutLeft = left > 0 && !isEnd(text, left - 1);

  let right = to;
  while (right < text.length && right - to < maxContext && !isEnd(text, right)) right += 1;
  const atEnd = right < text.length && isEnd(text, right);
  if (atEnd && text.charAt(right) !== '\n') right += 1; // keep the sentence's own full stop
  const cutRight = right < text.length && !atEnd;

  return {
    before: (cutLeft ? '…' : '') + inlineText(text.slice(left, from)).trimStart(),
    match: inlineText(text.slice(from, to)),
    after: inlineText(text.slice(to, right)).trimEnd() + (cutRight ? '…' : ''),
  };
}
