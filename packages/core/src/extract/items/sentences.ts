/**
 * Sentences and clauses of the normalised text. A sentence ends at 。！？ or a
 * line break; clauses are separated by ，；：、 (and their ASCII forms).
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** 。！？!? and the line break, by code: one pass over codes, no match object per stop. */
function isSentenceStop(code: number): boolean {
  return (
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 33 ||
    code === 63 ||
    code === 10
  );
}

/**
 * The sentences of a text as two typed arrays: sentence `i` spans `start[i]` to `end[i]`.
 * A 10 MB document has some 300,000 sentences; kept as objects for the whole reading, every
 * one of them was copied twice by the collector and took fresh memory to hold.
 */
export interface Sentences {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** The sentences of `text`: they end at 。！？!? or a line break; empty ones are skipped. */
export function sentenceTable(text: string): Sentences {
  let count = 0;
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    if (!isSentenceStop(text.charCodeAt(at))) continue;
    if (at > from) count++;
    from = at + 1;
  }
  if (from < text.length) count++;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  let i = 0;
  from = 0;
  for (let at = 0; at < text.length; at++) {
    if (!isSentenceStop(text.charCodeAt(at))) continue;
    if (at > from) {
      start[i] = from;
      end[i] = at;
      i++;
    }
    from = at + 1;
  }
  if (from < text.length) {
    start[i] = from;
    end[i] = text.length;
  }
  return { count, start, end };
}

/** Sentence `i` of the table as a span. */
export function sentenceAt(sentences: Sentences, i: number): Span {
  return { start: sentences.start[i] ?? 0, end: sentences.end[i] ?? 0 };
}

/** Characters that end a clause. */
export function isClauseBoundary(ch: string): boolean {
  return (
    ch === '，' ||
    ch === '；' ||
    ch === '：' ||
    ch === '、' ||
    ch === ',' ||
    ch === ';' ||
    ch === ':'
  );
}

const CLAUSE_BOUNDARY_CODES = new Set([...'，；：、,;:'].map((ch) => ch.charCodeAt(0)));

/** `isClauseBoundary` by character code. */
export function isClauseBoundaryCode(code: number): boolean {
  return CLAUSE_BOUNDARY_CODES.has(code);
}

/** Start of the clause holding `at` (just after the previous boundary, or `from`). */
export function clauseStartBefore(text: string, at: number, from: number): number {
  for (let i = at - 1; i >= from; i--) if (isClauseBoundaryCode(text.charCodeAt(i))) return i + 1;
  return from;
}

/** End of the clause holding `at` (the next boundary, or `to`). */
export function clauseEndAfter(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) if (isClauseBoundaryCode(text.charCodeAt(i))) return i;
  return to;
}
