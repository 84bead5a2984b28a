/** The part of a pdf.js text item that line assembly needs. */
export interface PositionedText {
  readonly str: string;
  /** Text matrix [a, b, c, d, x, y]; y (index 5) is the baseline in page space. */
  readonly transform: readonly number[];
  readonly height: number;
  readonly hasEOL: boolean;
}

/**
 * CJK radicals (Kangxi U+2F00–U+2FDF, supplement U+2E80–U+2EFF). Word and WPS export CJK fonts
 * whose ToUnicode maps often point common characters at these look-alikes (`⽣` for `生`,
 * `⼀` for `一`), so text would look right yet never match `生产总值`. NFKC maps each back
 * to the unified ideograph; nothing else is normalised.
 */
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

function fixRadicals(text: string): string {
  return text.replace(RADICALS, (radical) => radical.normalize('NFKC'));
}

/**
 * Joins pdf.js text items (in content-stream order) into visual lines. A line ends where pdf.js
 * marks an end of line (`hasEOL`) or where the baseline moves by more than half a glyph height,
 * which catches generators that never set `hasEOL`. Empty lines are dropped: paragraph spacing
 * in a PDF is geometry, not text. pdf.js already inserts spaces where glyphs are far apart.
 */
export function itemsToLines(items: readonly PositionedText[]): string[] {
  const lines: string[] = [];
  let line = '';
  let lineY: number | undefined;
  let lineHeight = 0;

  const endLine = (): void => {
    const text = fixRadicals(line).trim();
    if (text !== '') lines.push(text);
    line = '';
    lineY = undefined;
    lineHeight = 0;
  };

  for (const item of items) {
    const y = item.transform[5];
    // Spaces pdf.js synthesises have no height; they never decide where a line is.
    const visible = item.str.trim() !== '' && y !== undefined;
    if (visible && lineY !== undefined) {
      const tolerance = Math.max(item.height, lineHeight, 2) / 2;
      if (Math.abs(y - lineY) > tolerance) endLine();
    }
    line += item.str;
    if (visible) {
      lineY ??= y;
      lineHeight = Math.max(lineHeight, item.height);
    }
    if (item.hasEOL) endLine();
  }
  endLine();
  return lines;
}
