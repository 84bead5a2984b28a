/**
 * Characters of scripts written without spaces between words (CJK ideographs, kana, hangul,
 * CJK punctuation, full-width forms). A line break between two of them is a wrap in the
 * source, not a word gap.
 */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/**
 * Collapses each run of whitespace (including no-break and ideographic spaces) into one space
 * and trims the ends, as a browser renders inline text. A run that contains a line break and
 * sits between two wide characters is dropped instead: HTML source wrapped inside a Chinese
 * sentence (`全市生产\n总值`) must not become `全市生产 总值`.
 */
export function collapseWhitespace(raw: string): string {
  return raw
    .replace(/\s+/g, (run, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + run.length] ?? '';
      return /[\r\n]/.test(run) && WIDE.test(before) && WIDE.test(after) ? '' : ' ';
    })
    .trim();
}
