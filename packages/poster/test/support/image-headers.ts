/** Just enough PNG and PDF parsing to check what renderPoster produced. */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('Not a PNG.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = new TextDecoder('latin1').decode(bytes.subarray(12, 16));
  if (chunk !== 'IHDR') throw new Error(`Expected IHDR, found ${chunk}.`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Page objects and media boxes of a PDF (Chromium writes both uncompressed). */
export function pdfPages(bytes: Uint8Array): { pages: number; mediaBoxes: number[][] } {
  const text = new TextDecoder('latin1').decode(bytes);
  const pages = text.match(/\/Type\s*\/Page(?![a-z])/gu)?.length ?? 0;
  const mediaBoxes = [...text.matchAll(/\/MediaBox\s*\[([^\]]*)\]/gu)].map((m) =>
    (m[1] ?? '').trim().split(/\s+/u).map(Number),
  );
  return { pages, mediaBoxes };
}
