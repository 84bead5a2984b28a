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
let converters: { readonly hk: Convert; readonly tw: Convert } | undefined;

/** Built on first need: OpenCC's dictionaries take some 40 ms to load, and most documents are simplified. */
function convert(text: string): string {
  converters ??= {
    hk: Converter({ from: 'hk', to: 'cn' }),
    tw: Converter({ from: 'tw', to: 'cn' }),
  };
  return converters.tw(converters.hk(text));
}

/** Characters that only occur in traditional text; one is enough to try folding. */
const TRADITIONAL_HINTS =
  /[億萬達實現產總務與為於區縣國會們這個變發進經濟體續開關際資貿額標約內將業務]/;

/** Whether the text shows traditional characters: then normalizeText folds them (foldEveryCharacter). */
export function looksTraditional(text: string): boolean {
  // A traditional document shows it within its first pages; sampling keeps the check cheap.
  const sample = text.length > 300_000 ? text.slice(0, 200_000) + text.slice(-100_000) : text;
  return TRADITIONAL_HINTS.test(sample);
}

/**
 * A string of the same length with traditional characters folded. Conversions that would
 * change the length (rare phrase mappings) are redone character by character, keeping
 * offsets 1:1. For text already known to be traditional (`looksTraditional`).
 */
export function foldEveryCharacter(text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = convert(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}
