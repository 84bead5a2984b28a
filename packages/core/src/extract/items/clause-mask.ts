import { isClauseBoundaryCode } from './sentences.js';

const OPENERS = new Set([...'（(“《「'].map((ch) => ch.charCodeAt(0)));
const CLOSERS = new Set([...'）)”》」'].map((ch) => ch.charCodeAt(0)));

/**
 * Marks which characters of a sentence are real clause boundaries: a 、 or ，
 * inside （…）, “…” or 《…》 (`全省县（市、区）`) separates nothing.
 */
export function clauseBoundaries(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (OPENERS.has(code)) depth++;
    else if (CLOSERS.has(code) && depth > 0) depth--;
    else if (depth === 0 && isClauseBoundaryCode(code)) mask[i] = 1;
  }
  // Unbalanced quotes must not swallow a whole sentence: fall back to every boundary.
  if (depth > 0)
    for (let i = 0; i < text.length; i++)
      mask[i] = isClauseBoundaryCode(text.charCodeAt(i)) ? 1 : 0;
  return mask;
}

export function clauseStart(mask: Uint8Array, at: number, from: number): number {
  for (let i = at - 1; i >= from; i--) if (mask[i] === 1) return i + 1;
  return from;
}

export function clauseEnd(mask: Uint8Array, at: number, to: number): number {
  for (let i = at; i < to; i++) if (mask[i] === 1) return i;
  return to;
}
