/**
 * The WHATWG TextDecoder, which every runtime core runs in has (Node, browsers, Deno);
 * core's lib (ES2023, no DOM) does not declare it.
 */
declare const TextDecoder: new (
  label: 'utf-16le',
  options: { readonly ignoreBOM: boolean },
) => { decode(input: Uint16Array): string };

const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The replacement character a decoder puts for a lone surrogate. */
const REPLACEMENT = 0xfffd;

/**
 * The string of UTF-16 code units `codes`, exactly (lone surrogates kept). One native
 * decode writes the string at once: String.fromCharCode over pieces, joined, takes twice
 * as long and leaves an argument list of every code unit as garbage.
 */
export function stringOfCodes(codes: Uint16Array): string {
  const text = decoder.decode(codes);
  // A decoder replaces a lone surrogate with U+FFFD; a text with any U+FFFD in it (rare)
  // is built code unit by code unit instead, so it is exact whatever it holds.
  if (text.length === codes.length && text.indexOf(String.fromCharCode(REPLACEMENT)) === -1) {
    return text;
  }
  return exactString(codes);
}

function exactString(codes: Uint16Array): string {
  const pieces: string[] = [];
  const chunk = 8192;
  for (let i = 0; i < codes.length; i += chunk) {
    // apply, not spread: spreading a typed array runs its iterator (~40 bytes of garbage a char).
    pieces.push(
      String.fromCharCode.apply(
        null,
        codes.subarray(i, Math.min(codes.length, i + chunk)) as unknown as number[],
      ),
    );
  }
  return pieces.join('');
}
