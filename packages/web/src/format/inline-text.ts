/**
 * A clause of the original text for display inside a line. Newspaper prints and PDFs keep
 * the print's line breaks mid-word (全市生\n产总值): a break between Chinese characters is
 * dropped (Chinese has no spaces between words), elsewhere it becomes a space. Markdown
 * emphasis (**2693.3**) in the 一图读懂 sources is markup, not text, and is dropped too.
 * The reader shows the text untouched; this is for quotes and links.
 */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

export function inlineText(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[ \t]*\r?\n[ \t]*/g, (lineBreak: string, offset: number, whole: string) => {
      const before = whole.charAt(offset - 1);
      const after = whole.charAt(offset + lineBreak.length);
      return CJK.test(before) || CJK.test(after) ? '' : ' ';
    });
}
