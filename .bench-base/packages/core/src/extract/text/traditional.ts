import * as OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;
// opencc-js ships its types through a path the type-aware linter cannot follow; state the shape we use.
const Converter = (
  OpenCC as unknown as { Converter: (options: { from: string; to: string }) => Convert }
).Converter;

/**
 * Traditional → simplified folding through OpenCC (Hong Kong/Taiwan variants
 * to mainland simplified). The grammar's words (億, 萬, 達到, 增長 …) are written
 * in simplified characters, so a traditional document is folded first.
 */
const convertHk = Converter({ from: 'hk', to: 'cn' });
const convertTw = Converter({ from: 'tw', to: 'cn' });

/** Characters that only occur in traditional text; one is enough to try folding. */
const TRADITIONAL_HINTS =
  /[億萬達實現產總務與為於區縣國會們這個變發進經濟體續開關際資貿額標約內將業務]/;

/**
 * Returns a string of the same length with traditional characters folded, or the
 * input unchanged when it has none. Conversions that would change the length
 * (rare phrase mappings) are redone character by character, keeping offsets 1:1.
 */
export function foldTraditional(text: string): string {
  // A traditional document shows it within its first pages; sampling keeps the check cheap.
  const sample = text.length > 300_000 ? text.slice(0, 200_000) + text.slice(-100_000) : text;
  if (!TRADITIONAL_HINTS.test(sample)) return text;
  const whole = convertTw(convertHk(text));
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = convertTw(convertHk(ch));
    out += one.length === ch.length ? one : ch;
  }
  return out;
}
