/**
 * How many bytes PDF's LZWDecode and RunLengthDecode data decode to, counted without
 * decoding it: both can expand a few kilobytes into gigabytes (run-length 64×, LZW far more),
 * and pdf.js decodes a stream whole. Each function reports the decoded bytes in chunks to
 * `count`, which throws to stop at a limit; memory stays constant.
 */

/** RunLengthDecode (PDF 32000-1 §7.4.5): a length byte, then literal bytes or one repeated. */
export function countRunLength(data: Uint8Array, count: (bytes: number) => void): void {
  let at = 0;
  while (at < data.byteLength) {
    const length = data[at] ?? 128;
    if (length === 128) return; // end of data
    if (length < 128) {
      count(length + 1);
      at += length + 2;
    } else {
      count(257 - length);
      at += 2;
    }
  }
}

/**
 * LZWDecode (PDF 32000-1 §7.4.4): codes of 9–12 bits, most significant bit first; 256 clears
 * the table, 257 ends the data; EarlyChange 1 (the default) widens codes one code early. Only
 * the length of each table entry is kept. Data that breaks the rules ends the count: what
 * pdf.js makes of it is then bounded by what was counted so far.
 */
export function countLzw(data: Uint8Array, count: (bytes: number) => void, earlyChange = 1): void {
  const lengths = new Uint32Array(4096);
  const lengthOf = (code: number): number => (code < 256 ? 1 : (lengths[code] ?? 0));
  let next = 258;
  let width = 9;
  let previous = -1;
  let bits = 0;
  let buffer = 0;
  for (let at = 0; at < data.byteLength || bits >= width;) {
    while (bits < width && at < data.byteLength) {
      buffer = ((buffer << 8) | (data[at] ?? 0)) & 0xffffff;
      bits += 8;
      at += 1;
    }
    if (bits < width) return;
    const code = (buffer >>> (bits - width)) & ((1 << width) - 1);
    bits -= width;
    if (code === 256) {
      next = 258;
      width = 9;
      previous = -1;
      continue;
    }
    if (code === 257) return;
    let length: number;
    if (previous < 0) {
      if (code > 255) return;
      length = 1;
    } else {
      if (code > next || (code >= 258 && code === next && next >= 4096)) return;
      length = code === next ? lengthOf(previous) + 1 : lengthOf(code);
      if (next < 4096) {
        lengths[next] = lengthOf(previous) + 1;
        next += 1;
      }
    }
    count(length);
    previous = code;
    if (next + earlyChange >= 1 << width && width < 12) width += 1;
  }
}
