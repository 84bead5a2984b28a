/**
 * Sentences and clauses of the normalised text. A sentence ends at 。！？ or a
 * line break; clauses are separated by ，；：、 (and their ASCII forms).
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const SENTENCE_STOP = /[。！？!?\n]/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  SENTENCE_STOP.lastIndex = 0;
  for (let m = SENTENCE_STOP.exec(text); m !== null; m = SENTENCE_STOP.exec(text)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + 1;
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

/** Start of the clause holding `at` (just after the previous boundary, or `from`). */
export function clauseStartBefore(text: string, at: number, from: number): number {
  for (let i = at - 1; i >= from; i--) if (isClauseBoundary(text.charAt(i))) return i + 1;
  return from;
}

/** End of the clause holding `at` (the next boundary, or `to`). */
export function clauseEndAfter(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) if (isClauseBoundary(text.charAt(i))) return i;
  return to;
}
