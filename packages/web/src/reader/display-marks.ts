/**
 * How the reader shows a document without changing a single offset: every character stays in
 * the DOM (so highlights, search hits and source links keep their exact positions), but some
 * are shown differently —
 *  - Markdown markup (`**2693.3**`, `- ` list markers, `#` heading marks) is hidden and its
 *    text shown bold, as a bullet or as a heading;
 *  - the hard line breaks of a newspaper print (lines of ~16 characters broken mid-word) are
 *    hidden, so the text reflows to the screen instead of leaving one character per line.
 * Pure: offsets in, ranges out.
 */

export type MarkStyle = 'hidden' | 'bold' | 'bullet' | 'heading';

export interface DisplayMark {
  readonly start: number;
  readonly end: number;
  readonly style: MarkStyle;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;
/** A line that starts a heading or list item: 一、 （一） 25. # - ● —— */
const MARKER =
  /^[ \t]*(?:#|[-*●•—]|\d+[.、．]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/**
 * A print with hard line breaks: most non-empty lines are short and end mid-sentence. Markdown
 * and web texts have one paragraph per line and are left as they are.
 */
export function isHardWrapped(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 10) return false;
  const lengths = lines.map((line) => line.trim().length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const midSentence = lines.filter((line) => !/[。！？；：]$/.test(line.trim())).length;
  return median <= 30 && midSentence / lines.length > 0.6;
}

/** Line breaks of a hard-wrapped print that fall inside a sentence: hidden when shown. */
export function softBreaks(text: string): DisplayMark[] {
  if (!isHardWrapped(text)) return [];
  const marks: DisplayMark[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if (before === '\n' || after === '\n' || after === '') continue; // paragraph break
    if (text.slice(Math.max(0, i - 2), i) === '  ') continue; // Markdown hard break
    const lineEnd = text.indexOf('\n', i + 1);
    const nextLine = text.slice(i + 1, lineEnd < 0 ? text.length : lineEnd);
    if (MARKER.test(nextLine)) continue;
    if (!CJK.test(before) && !CJK.test(after) && !/[\d%]/.test(before)) continue;
    marks.push({ start: i, end: i + 1, style: 'hidden' });
  }
  return marks;
}

/**
 * A `**` with no partner on its line (a converter lost the opening one of
 * `- **全力打造全球市场典范：**以…`) is markup, not text: hidden, and when it closes a lead-in
 * ending in a colon, that lead-in (from the line's start, past a list marker) shown bold.
 */
function strayEmphasis(text: string, paired: readonly DisplayMark[]): DisplayMark[] {
  const marks: DisplayMark[] = [];
  for (const match of text.matchAll(/\*\*/g)) {
    const at = match.index;
    if (paired.some((m) => m.start <= at && at < m.end)) continue;
    marks.push({ start: at, end: at + 2, style: 'hidden' });
    if (!/[：:]$/.test(text.slice(0, at))) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lead = /^[ \t]*(?:[-*+][ \t]+)?/.exec(text.slice(lineStart, at))?.[0].length ?? 0;
    if (lineStart + lead < at) marks.push({ start: lineStart + lead, end: at, style: 'bold' });
  }
  return marks;
}

/** Markdown emphasis, list markers and heading marks. */
export function markdownMarks(text: string): DisplayMark[] {
  const marks: DisplayMark[] = [];
  for (const match of text.matchAll(/\*\*([^*\n]+?)\*\*/g)) {
    const start = match.index;
    const end = start + match[0].length;
    marks.push({ start, end: start + 2, style: 'hidden' });
    marks.push({ start: start + 2, end: end - 2, style: 'bold' });
    marks.push({ start: end - 2, end, style: 'hidden' });
  }
  marks.push(...strayEmphasis(text, marks));
  for (const match of text.matchAll(/^([ \t]*)([-*+])[ \t]+/gm)) {
    const start = match.index + (match[1]?.length ?? 0);
    marks.push({ start, end: match.index + match[0].length, style: 'bullet' });
  }
  for (const match of text.matchAll(/^(#{1,6})[ \t]+([^\n]*)/gm)) {
    const hashes = (match[1]?.length ?? 0) + 1;
    marks.push({ start: match.index, end: match.index + hashes, style: 'hidden' });
    marks.push({
      start: match.index + hashes,
      end: match.index + match[0].length,
      style: 'heading',
    });
  }
  return marks;
}

/** Every display mark of a text, sorted by start. */
export function displayMarks(text: string): DisplayMark[] {
  return [...markdownMarks(text), ...softBreaks(text)].sort((a, b) => a.start - b.start);
}

/**
 * An outline heading as a reader would write it: a newspaper title cut at a line break
 * (打好数字自贸区为核心的改) runs on over the break to its first punctuation (…改革牌).
 */
export function wholeHeading(
  text: string,
  entry: { readonly title: string; readonly end: number },
  breaks: readonly DisplayMark[],
): string {
  if (!breaks.some((mark) => mark.start === entry.end)) return entry.title;
  const rest = text.slice(entry.end + 1, entry.end + 41);
  const stop = rest.search(/[，。；：、！？,;:\n]/);
  return entry.title + (stop < 0 ? '' : rest.slice(0, stop));
}

/** Style bits per character, for cutting runs: 1 hidden, 2 bold, 4 bullet, 8 heading. */
export const STYLE_BIT: Readonly<Record<MarkStyle, number>> = {
  hidden: 1,
  bold: 2,
  bullet: 4,
  heading: 8,
};

export function styleBits(length: number, marks: readonly DisplayMark[]): Uint8Array {
  const bits = new Uint8Array(length);
  for (const mark of marks) {
    for (let i = Math.max(0, mark.start); i < Math.min(length, mark.end); i += 1) {
      bits[i] = (bits[i] ?? 0) | STYLE_BIT[mark.style];
    }
  }
  return bits;
}

/** Runs of one style within [start, end). */
export function styledRuns(
  bits: Uint8Array,
  start: number,
  end: number,
): { start: number; end: number; bits: number }[] {
  const runs: { start: number; end: number; bits: number }[] = [];
  let from = start;
  for (let i = start + 1; i <= end; i += 1) {
    if (i === end || bits[i] !== bits[from]) {
      runs.push({ start: from, end: i, bits: bits[from] ?? 0 });
      from = i;
    }
  }
  return runs;
}
