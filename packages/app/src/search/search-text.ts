/**
 * The text search looks in: the document's text without what a print or Markdown adds between
 * the words — line breaks (a newspaper breaks 海外\n仓 mid-word), spaces around numbers
 * (突破 4000 亿元) and `**` emphasis — with a map back to the original offsets, so a hit
 * still points at the exact characters of the stored text. A space between two Latin letters
 * or digits (R&D spending, 2 000) is kept, as one space.
 */

export interface SearchText {
  /** The normalised text. */
  readonly text: string;
  /** For each character of `text`, its offset in the original. */
  readonly offsets: Int32Array;
}

const SPACE = /[\s\u3000]/u;
const LATIN = /[A-Za-z0-9]/;

export function toSearchText(original: string): SearchText {
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < original.length) {
    const c = original.charAt(i);
    if (c === '*' && original.charAt(i + 1) === '*') {
      i += 2;
      continue;
    }
    if (SPACE.test(c)) {
      let j = i;
      while (j < original.length && SPACE.test(original.charAt(j))) j += 1;
      const before = chars[chars.length - 1] ?? '';
      const after = original.charAt(j);
      if (LATIN.test(before) && LATIN.test(after)) {
        chars.push(' ');
        offsets.push(i);
      }
      i = j;
      continue;
    }
    chars.push(c);
    offsets.push(i);
    i += 1;
  }
  return { text: chars.join(''), offsets: Int32Array.from(offsets) };
}

/** A query normalised the same way, so 突破 4000 亿元 and 突破4000亿元 find the same text. */
export function toSearchNeedle(query: string): string {
  return toSearchText(query.trim()).text;
}

/** A match in the normalised text as original offsets: first character to after the last. */
export function originalSpan(
  search: SearchText,
  start: number,
  end: number,
): { start: number; end: number } {
  const first = search.offsets[start] ?? 0;
  const last = search.offsets[end - 1] ?? first;
  return { start: first, end: last + 1 };
}

/** The match with up to `context` normalised characters either side: no stray spaces or breaks. */
export function searchSnippet(
  search: SearchText,
  start: number,
  end: number,
  context = 30,
): string {
  const from = Math.max(0, start - context);
  const to = Math.min(search.text.length, end + context);
  return `${from > 0 ? '…' : ''}${search.text.slice(from, to)}${to < search.text.length ? '…' : ''}`;
}
