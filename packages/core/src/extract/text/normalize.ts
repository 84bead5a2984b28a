import {
  isAsciiDigit,
  isAsciiLetter,
  isCjk,
  isCjkPunctuation,
  isInlineSpace,
  isWhiteSpace,
} from './char-classes.js';
import { foldCode } from './fold-chars.js';
import { stringOfCodes } from './utf16-string.js';
import { columnWidth, isColumnBreak, isContinuationLine, splitLines } from './line-layout.js';

import { foldEveryCharacter, looksTraditional } from './traditional.js';

const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}、/;
const SECTION_NUMERALS = new Set([...'一二三四五六七八九十'].map((ch) => ch.charCodeAt(0)));

/** Whether a numbered section heading (八、…) starts at `at`; most lines fail on the first code. */
function startsSectionHeading(text: string, at: number): boolean {
  return SECTION_NUMERALS.has(text.charCodeAt(at)) && SECTION_HEADING.test(text.slice(at, at + 6));
}

/**
 * The text the grammar reads, with a map back to the original. Normalising:
 * column line breaks removed, spaces around numbers and ideographs removed,
 * Markdown emphasis removed, digit-group commas removed, full-width and
 * look-alike characters folded, traditional characters simplified.
 * Every other line break becomes a single `\n`.
 */
export interface NormalizedText {
  readonly text: string;
  /** For each character of `text`, its index in the original. */
  readonly map: Int32Array;
  readonly originalLength: number;
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at =
      start < norm.map.length ? (norm.map[start] ?? norm.originalLength) : norm.originalLength;
    return [at, at];
  }
  return [originalStart(norm, start), originalEnd(norm, end)];
}

/**
 * toOriginalSpan's start and end of a non-empty span, one at a time: callers on every
 * sentence of a document need no pair array (nor the iterator destructuring one makes).
 */
export function originalStart(norm: NormalizedText, start: number): number {
  return norm.map[start] ?? norm.originalLength;
}

export function originalEnd(norm: NormalizedText, end: number): number {
  return (norm.map[end - 1] ?? norm.originalLength - 1) + 1;
}

class Builder {
  codes: Uint16Array;
  map: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(16, capacity));
    this.map = new Int32Array(Math.max(16, capacity));
  }
  push(code: number, origin: number): void {
    this.codes[this.length] = code;
    this.map[this.length] = origin;
    this.length++;
  }
  lastCode(): number {
    return this.length > 0 ? (this.codes[this.length - 1] ?? 0) : 0;
  }
  toText(): string {
    return stringOfCodes(this.codes.subarray(0, this.length));
  }
}

function isWordish(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code);
}

/** A space between these two neighbours is kept (as one space): both are ASCII words. */
function keepSpaceBetween(before: number, after: number): boolean {
  if (before === 0 || after === 0) return false;
  if (isCjk(before) || isCjk(after) || isCjkPunctuation(before) || isCjkPunctuation(after))
    return false;
  return isWordish(before) && isWordish(after) && !(isAsciiDigit(before) && isAsciiDigit(after));
}

export function normalizeText(
  original: string,
  /** Whether the text is traditional (`looksTraditional`), when the caller already knows. */
  known: { readonly traditional?: boolean } = {},
): NormalizedText {
  const traditional = known.traditional ?? looksTraditional(original);
  const folded = traditional ? foldEveryCharacter(original) : original;
  const lines = splitLines(folded);
  const width = columnWidth(folded, lines);
  const out = new Builder(folded.length + 1);
  let pendingBreak = -1;
  // The last line with content, or -1.
  let previousContent = -1;
  let sawBlank = false;
  // A numbered section heading (八、…) wraps over lines too; a blank line ends it.
  let inHeading = false;
  let headingHasStop = false;

  for (let line = 0; line < lines.count; line++) {
    const lineEnd = lines.end[line] ?? 0;
    let firstContent = lines.start[line] ?? 0;
    while (firstContent < lineEnd && isWhiteSpace(folded.charCodeAt(firstContent))) firstContent++;
    if (firstContent === lineEnd) {
      sawBlank = true;
      continue;
    }
    if (previousContent >= 0 && out.length > 0) {
      const headingEnds = inHeading && sawBlank && !headingHasStop;
      const column =
        !headingEnds &&
        (width !== null
          ? isColumnBreak(folded, lines, previousContent, line, width)
          : isContinuationLine(folded, lines, previousContent, line, sawBlank));
      if (!column) {
        out.push(10, pendingBreak);
        // A heading's next line kept apart (the heading is set narrower than the body) still
        // continues the heading until its blank line (十五、打好安全信息指挥中心为 / 依托的安全牌…).
        const continuesHeading: boolean = inHeading && !headingHasStop && !sawBlank;
        inHeading = continuesHeading || startsSectionHeading(folded, firstContent);
        if (!continuesHeading) headingHasStop = false;
      }
    } else {
      inHeading = startsSectionHeading(folded, firstContent);
    }
    if (inHeading && /[。！？]/.test(folded.slice(firstContent, lineEnd))) headingHasStop = true;
    sawBlank = false;
    appendLine(folded, firstContent, lineEnd, out);
    previousContent = line;
    pendingBreak = lineEnd;
  }
  return {
    text: out.toText(),
    map: out.map.subarray(0, out.length),
    originalLength: original.length,
  };
}

/** Appends one line's content; a run of spaces inside it is dropped or kept as one space. */
function appendLine(text: string, start: number, end: number, out: Builder): void {
  // Where the pending run of spaces began, or -1.
  let space = -1;
  for (let i = start; i < end; i++) {
    const raw = text.charCodeAt(i);
    if (isInlineSpace(raw) || raw === 13) {
      if (space < 0) space = i;
      continue;
    }
    // Markdown emphasis (** or __) carries no meaning for the grammar.
    if ((raw === 42 || raw === 95) && text.charCodeAt(i + 1) === raw) {
      i++;
      continue;
    }
    const code = foldCode(raw);
    // Digit-group commas: 1,349,084 → 1349084.
    if (
      code === 44 &&
      isAsciiDigit(out.lastCode()) &&
      /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))
    ) {
      continue;
    }
    if (space >= 0) {
      const before = out.lastCode();
      if (out.length > 0 && before !== 10 && keepSpaceBetween(before, code)) out.push(32, space);
      space = -1;
    }
    out.push(code, i);
  }
}
