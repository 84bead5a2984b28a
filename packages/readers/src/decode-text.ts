import { LantuError } from '@lantu/core';

/** Decoded text and the TextDecoder label that decoded it. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

const BOMS: readonly { readonly bytes: readonly number[]; readonly label: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  { bytes: [0xff, 0xfe], label: 'utf-16le' },
  { bytes: [0xfe, 0xff], label: 'utf-16be' },
];

function bomLabel(bytes: Uint8Array): string | undefined {
  return BOMS.find((bom) => bom.bytes.every((byte, i) => bytes[i] === byte))?.label;
}

/** Decodes strictly; undefined when the bytes are not valid in that encoding (or it is unknown). */
function tryDecode(bytes: Uint8Array, label: string): string | undefined {
  try {
    // fatal: a wrong guess must fail rather than produce U+FFFD mojibake the extractor would
    // then read as text. The BOM, if any, is consumed: it is not part of the document.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Turns the bytes of a text-like file into a string.
 *
 * Order: a byte-order mark wins; then strict UTF-8 (valid UTF-8 of any length is practically
 * never a legacy encoding by accident, while GBK decoding accepts most UTF-8 as mojibake, so
 * UTF-8 must be tried first); then the charset the file declares (HTML `<meta charset>`); then
 * GB18030, a superset of GBK/GB2312, which Chinese government sites and Office exports still use.
 *
 * @throws LantuError FILE_UNREADABLE when no candidate decodes the bytes, or the result holds NUL
 *   characters (a binary file, or UTF-16 without a byte-order mark).
 */
export function decodeText(
  bytes: Uint8Array,
  fileName: string,
  declaredCharset?: string,
): DecodedText {
  const candidates = [bomLabel(bytes), 'utf-8', declaredCharset, 'gb18030'].filter(
    (label): label is string => label !== undefined && label !== '',
  );
  for (const label of candidates) {
    const text = tryDecode(bytes, label);
    if (text === undefined) continue;
    if (text.includes('\u0000')) {
      throw new LantuError(
        'FILE_UNREADABLE',
        `${fileName}: looks like a binary file, not text (it contains NUL bytes; UTF-16 files need a byte-order mark)`,
      );
    }
    return { text, encoding: label };
  }
  throw new LantuError(
    'FILE_UNREADABLE',
    `${fileName}: text is neither valid UTF-8 nor GB18030/GBK${declaredCharset ? ` nor the declared ${declaredCharset}` : ''}`,
  );
}
