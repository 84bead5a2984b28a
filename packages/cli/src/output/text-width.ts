/**
 * Terminal column widths for mixed Chinese and Latin text. Han characters and
 * full-width punctuation take two columns, so `.length` would make tables
 * overflow; this is the East Asian Wide/Fullwidth subset planning documents use.
 */

// [first, last] code point ranges that a terminal draws two columns wide.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, Kangxi, CJK symbols and punctuation (、。《》)
  [0x3041, 0x33ff], // kana, bopomofo, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms (，（）：)
  [0xffe0, 0xffe6], // full-width signs (￥)
  [0x20000, 0x3fffd], // CJK extensions B and beyond
];

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  return WIDE_RANGES.some(([first, last]) => code >= first && code <= last) ? 2 : 1;
}

/** Columns `text` takes in a terminal (no escape sequences expected). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** `text` cut to at most `width` columns, ending in `…` when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    // Keep one column for the ellipsis.
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/**
 * Splits `text` into lines of at most `width` columns. Breaks between any two
 * characters, because Chinese has no spaces to break at; a break that lands
 * on a space drops it.
 */
export function wrapToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width && line !== '') {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
      if (char === ' ') continue;
    }
    line += char;
    used += w;
  }
  if (line !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** Collapses runs of whitespace (newlines included) so a clause fits on one table line. */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
