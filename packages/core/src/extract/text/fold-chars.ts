/**
 * One-to-one character folding: full-width digits/letters/signs to ASCII and
 * the OCR look-alikes of 〇 in years (⚪ ○ ◯ Ｏ) to 〇. One character in, one out,
 * so offsets are unchanged.
 */
const SPECIAL: Record<string, string> = {
  '⚪': '〇',
  '○': '〇',
  '◯': '〇',
  '⚬': '〇',
  '％': '%',
  '．': '.',
  '－': '-',
  '～': '~',
  '＋': '+',
  '／': '/',
  '，': '，',
  '‰': '‰',
  '﹪': '%',
  '–': '-',
};

export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width ASCII block: ！(FF01) … ～(FF5E) maps to ! … ~, but keep the Chinese
  // punctuation that carries clause structure (，；：（）！？) as written.
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return SPECIAL[ch] ?? ch;
}

/** SPECIAL by character code, so folding a code makes no one-character string. */
const SPECIAL_CODES = new Map(
  Object.entries(SPECIAL).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

/** Code-point form of foldChar, with a fast path for the characters that never change. */
export function foldCode(code: number): number {
  if (code < 0x2000 || (code >= 0x3000 && code < 0xff00)) return code;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xfee0;
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
    return code - 0xfee0;
  return SPECIAL_CODES.get(code) ?? code;
}
