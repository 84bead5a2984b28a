import { isWhiteSpace, SENTENCE_END_CODES } from './char-classes.js';

/**
 * Newspaper layouts break lines inside words and numbers (`形\n成300万人口`),
 * sometimes with a blank line between. This module decides, for each line
 * break, whether it is such a column break (to be removed) or a real one.
 */

/**
 * The lines of a text: line `i` spans `start[i]` to `end[i]`, without its newline. Typed
 * arrays, not an object per line: a 10 MB newspaper text has some 200,000 lines, and
 * objects that all survive make the collector copy each of them twice.
 */
export interface Lines {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** Display width: ideographs and full-width marks count 1, ASCII ½. */
export function displayWidth(text: string, start: number, end: number): number {
  let width = 0;
  for (let i = start; i < end; i++) width += text.charCodeAt(i) > 0x2000 ? 1 : 0.5;
  return width;
}

export function splitLines(text: string): Lines {
  let count = 1;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) count++;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let start = 0;
  for (let i = 0; i < count; i++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    starts[i] = start;
    ends[i] = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : end;
    start = end + 1;
  }
  return { count, start: starts, end: ends };
}

function trimmedBounds(text: string, lines: Lines, line: number): [number, number] {
  let s = lines.start[line] ?? 0;
  let e = lines.end[line] ?? 0;
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/**
 * The column width of a wrapped layout, or null when lines are not wrapped to a
 * column: most non-trivial lines must share (±1) one short width.
 */
export function columnWidth(text: string, lines: Lines): number | null {
  const counts = new Map<number, number>();
  let considered = 0;
  // Sampling keeps this linear and cheap on very large inputs.
  const step = Math.max(1, Math.floor(lines.count / 5000));
  for (let i = 0; i < lines.count; i += step) {
    const [s, e] = trimmedBounds(text, lines, i);
    if (e - s < 6) continue;
    const width = Math.round(displayWidth(text, s, e));
    counts.set(width, (counts.get(width) ?? 0) + 1);
    considered++;
  }
  if (considered < 8) return null;
  let mode = 0;
  let best = 0;
  for (const [width, count] of counts) {
    if (count > best) {
      best = count;
      mode = width;
    }
  }
  if (mode > 40 || mode < 8) return null;
  const near = (counts.get(mode - 1) ?? 0) + best + (counts.get(mode + 1) ?? 0);
  return near / considered >= 0.35 ? mode : null;
}

const HEADING_START =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,3}\s*[.．、](?!\d)|——|#|●|■|◆|第[一二三四五六七八九十百]+[章节部分篇])/;

const RUN_IN_HEAD = /^[一二三四五六七八九十]{1,3}是/;
const FINISHED_BEFORE_RUN_IN = new Set([...'。！？：'].map((ch) => ch.charCodeAt(0)));
const LIST_ITEM_START = /^(?:[●■◆•▪]|\d{1,2}[.．、](?!\d))/;

/**
 * True when the break after line `prev` (followed by line `next`, maybe after blank lines)
 * is a column break inside running text.
 */
export function isColumnBreak(
  text: string,
  lines: Lines,
  prev: number,
  next: number,
  width: number,
): boolean {
  const [ps, pe] = trimmedBounds(text, lines, prev);
  const [ns, ne] = trimmedBounds(text, lines, next);
  if (pe === ps || ne === ns) return false;
  const nextText = text.slice(ns, Math.min(ne, ns + 8));
  const last = text.charCodeAt(pe - 1);
  // A run-in head (`二是…`) starts a paragraph only after a finished sentence, not after ；.
  if (RUN_IN_HEAD.test(nextText) && FINISHED_BEFORE_RUN_IN.has(last)) return false;
  // A bullet (`●`, `■`) or a numbered item (`1.`) never continues a wrapped word: it opens a
  // list item, and the lists of news digests are as narrow as any column.
  if (LIST_ITEM_START.test(nextText)) return false;
  const prevWidth = displayWidth(text, ps, pe);
  if (HEADING_START.test(nextText) && (SENTENCE_END_CODES.has(last) || prevWidth < width * 0.8)) {
    return false;
  }
  return prevWidth >= width * 0.75;
}

/**
 * In a layout that is not column-wrapped (Markdown, infographics), a line is
 * still a continuation when the previous one leaves a quote or bracket open,
 * or the next one starts with closing punctuation (`（市、区）第1位`).
 */
export function isContinuationLine(
  text: string,
  lines: Lines,
  prev: number,
  next: number,
  blankBetween: boolean,
): boolean {
  if (blankBetween) return false;
  const [ps, pe] = trimmedBounds(text, lines, prev);
  const [ns] = trimmedBounds(text, lines, next);
  const prevText = text.slice(ps, pe);
  if (/^[#\-*●]/.test(prevText)) return false;
  const opens = (prevText.match(/[“（(《]/g) ?? []).length;
  const closes = (prevText.match(/[”）)》]/g) ?? []).length;
  if (opens > closes) return true;
  // `（一）…` opening the next line is a heading, not a bracket closing a run-on phrase.
  if (/^[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]/.test(text.slice(ns, ns + 5)))
    return false;
  return /^[（(”）)、，。%％]/.test(text.charAt(ns));
}
