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

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    if (!isSentenceStop(text.charCodeAt(at))) continue;
    if (at > start) spans.push({ start, end: at });
    start = at + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
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
