/** Character classes used across the reading grammar. */

/** CJK unified ideographs (BMP blocks) plus 〇. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007
  );
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Horizontal white space, including the ideographic space and no-break space. */
export function isInlineSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0x2002 ||
    code === 0x2003 ||
    code === 0x200b ||
    code === 0xfeff
  );
}

/**
 * The characters JavaScript's `\s` matches, by code: a check on the code avoids the
 * one-character string `charAt` allocates for every ideograph it is asked about.
 */
export function isWhiteSpace(code: number): boolean {
  if (code > 0x20 && code < 0xa0) return false;
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** CJK and full-width punctuation: a space next to one of these carries no meaning. */
export function isCjkPunctuation(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x00b7
  );
}

/** Sentence-ending punctuation. */
export const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';']);

/** `SENTENCE_END` by character code, for loops that read codes. */
export const SENTENCE_END_CODES = new Set([...SENTENCE_END].map((ch) => ch.charCodeAt(0)));
