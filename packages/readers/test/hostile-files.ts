/**
 * Hostile files for the reading-limit tests, made in memory: zip bombs dressed as DOCX, PDFs
 * with a very deep or a cyclic page tree, HTML nested 100k deep. Each is small on disk and
 * expensive to read naively.
 */
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { Deflate, zipSync } from 'fflate';

const MB = 1024 * 1024;

/** A deflate stream of `bytes` zeros, made in 1 MB pushes so the test never holds it whole. */
function deflatedZeros(bytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const slice = new Uint8Array(MB);
  for (let done = 0; done < bytes; done += MB) deflate.push(slice, done + MB >= bytes);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** Little-endian u32 writer for the zip headers. */
function u32(view: DataView, at: number, value: number): void {
  view.setUint32(at, value >>> 0, true);
}

/**
 * A DOCX whose word/document.xml inflates to `inflatedMb` MB of zeros while every header
 * declares 1 KB: the bomb a header-only check would let through.
 */
export function lyingZipBombDocx(inflatedMb: number): Uint8Array {
  const name = new TextEncoder().encode('word/document.xml');
  const data = deflatedZeros(inflatedMb * MB);
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  u32(lv, 0, 0x04034b50);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true); // deflate
  u32(lv, 18, data.byteLength);
  u32(lv, 22, 1024); // the lie: declared inflated size
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  u32(cv, 0, 0x02014b50);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  u32(cv, 20, data.byteLength);
  u32(cv, 24, 1024);
  cv.setUint16(28, name.length, true);
  u32(cv, 42, 0);
  central.set(name, 46);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  u32(ev, 0, 0x06054b50);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  u32(ev, 12, central.byteLength);
  u32(ev, 16, local.byteLength + data.byteLength);
  const file = new Uint8Array(local.byteLength + data.byteLength + central.byteLength + 22);
  file.set(local, 0);
  file.set(data, local.byteLength);
  file.set(central, local.byteLength + data.byteLength);
  file.set(eocd, file.byteLength - 22);
  return file;
}

/** An honest zip bomb: the header declares the huge size too. */
export function declaredZipBombDocx(inflatedMb: number): Uint8Array {
  return zipSync({ 'word/document.xml': new Uint8Array(inflatedMb * MB) }, { level: 9 });
}

/** A DOCX-named zip with `count` tiny entries. */
export function manyEntriesDocx(count: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i += 1) files[`word/media/x${i}.xml`] = new Uint8Array([120]);
  return zipSync(files, { level: 0 });
}

/** A PDF from numbered object bodies (object 1 is the catalog), with a correct xref table. */
function pdfFromObjects(objects: readonly string[]): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const PAGE_CONTENT = 'BT /F1 12 Tf 72 720 Td (deep) Tj ET';

/** A PDF whose page tree is `depth` /Pages nodes deep, one page at the bottom. */
export function deepPageTreePdf(depth: number): Uint8Array {
  // 1 catalog, 2..depth+1 Pages nodes, then page, content, font.
  const page = depth + 2;
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < depth; level += 1) {
    const self = level + 2;
    const kid = level === depth - 1 ? page : self + 1;
    const parent = level === 0 ? '' : ` /Parent ${self - 1} 0 R`;
    objects.push(`<< /Type /Pages /Kids [${kid} 0 R] /Count 1${parent} >>`);
  }
  objects.push(
    `<< /Type /Page /Parent ${depth + 1} 0 R /MediaBox [0 0 612 792] /Contents ${page + 1} 0 R /Resources << /Font << /F1 ${page + 2} 0 R >> >> >>`,
  );
  objects.push(`<< /Length ${PAGE_CONTENT.length} >>\nstream\n${PAGE_CONTENT}\nendstream`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  return pdfFromObjects(objects);
}

/** A PDF whose page tree points back at itself (Pages 2 → Pages 3 → Pages 2). */
export function cyclicPageTreePdf(): Uint8Array {
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>',
  ]);
}

/** `depth` nested <div>s around one sentence. */
export function deeplyNestedHtml(depth: number): Uint8Array {
  return new TextEncoder().encode(
    `<html><body>${'<div>'.repeat(depth)}到2025年，全市生产总值达到2000亿元。${'</div>'.repeat(depth)}</body></html>`,
  );
}

/**
 * A zlib stream (as PDF's FlateDecode wants) of `mb` MB of zeros, made in a millisecond:
 * the deflate blocks of one MB of zeros, ended by a sync flush so they are not final and
 * end on a byte, repeated `mb` times (back-references into zeros give zeros whatever
 * precedes them), then an empty final block and the Adler-32 of the whole.
 */
function zlibZeros(mb: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(MB), { finishFlush: constants.Z_SYNC_FLUSH });
  const out = new Uint8Array(2 + block.byteLength * mb + 2 + 4);
  out.set([0x78, 0xda], 0);
  for (let i = 0; i < mb; i += 1) out.set(block, 2 + i * block.byteLength);
  let at = 2 + block.byteLength * mb;
  out.set([0x03, 0x00], at); // an empty final block with fixed Huffman codes
  at += 2;
  // Adler-32 of n zeros: a = 1, b = n mod 65521.
  const b = (mb * MB) % 65521;
  new DataView(out.buffer).setUint32(at, ((b << 16) | 1) >>> 0, false);
  return out;
}

/** A PDF from object bodies given as bytes (streams may hold binary data), with its xref. */
function pdfFromByteObjects(objects: readonly Uint8Array[]): Uint8Array {
  const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
  const parts: Uint8Array[] = [ascii('%PDF-1.4\n')];
  let length = parts[0]?.byteLength ?? 0;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    for (const part of [ascii(`${i + 1} 0 obj\n`), object, ascii('\nendobj\n')]) {
      parts.push(part);
      length += part.byteLength;
    }
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) tail += `${String(offset).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(ascii(tail));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/**
 * A one-page PDF whose content stream (FlateDecode) inflates to `inflatedMb` MB of zeros:
 * issue 10's PDF bomb, about a thousandth of that on disk.
 */
export function streamBombPdf(inflatedMb: number): Uint8Array {
  return oneStreamPdf('/FlateDecode', zlibZeros(inflatedMb));
}

/** A one-page PDF whose content stream is `data` under `filter`. */
function oneStreamPdf(filter: string, data: Uint8Array): Uint8Array {
  const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
  const stream = ascii(`<< /Length ${data.byteLength} /Filter ${filter} >>\nstream\n`);
  const end = ascii('\nendstream');
  const content = new Uint8Array(stream.byteLength + data.byteLength + end.byteLength);
  content.set(stream, 0);
  content.set(data, stream.byteLength);
  content.set(end, stream.byteLength + data.byteLength);
  return pdfFromByteObjects([
    ascii('<< /Type /Catalog /Pages 2 0 R >>'),
    ascii('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    ascii(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    ),
    content,
    ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ]);
}

/** A one-page PDF whose RunLengthDecode content stream decodes to `decodedMb` MB of zeros. */
export function runLengthBombPdf(decodedMb: number): Uint8Array {
  // Each pair [129, 0] is "0 repeated 128 times".
  const pairs = Math.ceil((decodedMb * MB) / 128);
  const data = new Uint8Array(pairs * 2 + 1);
  for (let i = 0; i < pairs; i += 1) data[i * 2] = 129;
  data[pairs * 2] = 128;
  return oneStreamPdf('/RunLengthDecode', data);
}

/**
 * A one-page PDF whose LZWDecode content stream decodes to at least `decodedMb` MB of zeros:
 * codes 0, 258, 259 … 4095 (each the last entry plus one zero), then 4095 (3,839 zeros) over
 * and over, 12 bits each.
 */
export function lzwBombPdf(decodedMb: number): Uint8Array {
  return oneStreamPdf('/LZWDecode', lzwZeros(decodedMb));
}

/** LZW data (EarlyChange 1) that decodes to at least `decodedMb` MB of zeros (lzwBombPdf). */
function lzwZeros(decodedMb: number): Uint8Array {
  const codes: number[] = [256, 0];
  for (let code = 258; code < 4096; code += 1) codes.push(code);
  for (let done = 0; done < decodedMb * MB; done += 3839) codes.push(4095);
  codes.push(257);
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  let next = 258;
  let width = 9;
  let previous = -1;
  for (const code of codes) {
    buffer = (buffer << width) | code;
    bits += width;
    while (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
    // Widen exactly as the reader does (EarlyChange 1).
    if (code === 256) {
      next = 258;
      width = 9;
      previous = -1;
      continue;
    }
    if (previous >= 0 && next < 4096) next += 1;
    previous = code;
    if (next + 1 >= 1 << width && width < 12) width += 1;
  }
  if (bits > 0) bytes.push((buffer << (8 - bits)) & 0xff);
  return new Uint8Array(bytes);
}

/** A valid PDF of `count` pages, each with one line of text. */
export function manyPagesPdf(count: number): Uint8Array {
  const firstPage = 3;
  const kids = Array.from({ length: count }, (_, i) => `${firstPage + i} 0 R`).join(' ');
  const content = firstPage + count;
  const font = content + 1;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
  ];
  for (let i = 0; i < count; i += 1) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${content} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
    );
  }
  objects.push(`<< /Length ${PAGE_CONTENT.length} >>\nstream\n${PAGE_CONTENT}\nendstream`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  return pdfFromObjects(objects);
}

/** ASCII85 (Adobe form, without the `<~`): four bytes to five characters, four zeros to `z`. */
export function ascii85(data: Uint8Array): Uint8Array {
  let out = '';
  for (let at = 0; at < data.byteLength; at += 4) {
    const n = Math.min(4, data.byteLength - at);
    let value = 0;
    for (let k = 0; k < 4; k += 1) value = value * 256 + (k < n ? (data[at + k] ?? 0) : 0);
    if (n === 4 && value === 0) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k += 1) {
      digits.unshift(String.fromCharCode(0x21 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, n + 1).join('');
  }
  return new TextEncoder().encode(`${out}~>`);
}

/** ASCIIHex: two hex digits a byte, a line break every 64 digits, `>` at the end. */
export function asciiHex(data: Uint8Array): Uint8Array {
  const parts: string[] = [];
  for (let at = 0; at < data.byteLength; at += 32)
    parts.push(Buffer.from(data.subarray(at, at + 32)).toString('hex'));
  return new TextEncoder().encode(`${parts.join('\n')}>`);
}

/**
 * A one-page PDF whose content stream is a deflate bomb of `inflatedMb` MB behind another
 * filter, as hostile files hide one from a check that reads only the first filter:
 * `[/ASCII85Decode /FlateDecode]`, `[/ASCIIHexDecode /FlateDecode]`, deflate inside deflate,
 * and an LZW bomb deflated (`[/FlateDecode /LZWDecode]`).
 */
export function chainedBombPdf(
  chain: 'a85-flate' | 'hex-flate' | 'flate-flate' | 'flate-lzw',
  inflatedMb: number,
): Uint8Array {
  switch (chain) {
    case 'a85-flate':
      return oneStreamPdf('[/ASCII85Decode /FlateDecode]', ascii85(zlibZeros(inflatedMb)));
    case 'hex-flate':
      return oneStreamPdf('[/AHx /Fl]', asciiHex(zlibZeros(inflatedMb)));
    case 'flate-flate':
      return oneStreamPdf('[/FlateDecode /FlateDecode]', deflateSync(zlibZeros(inflatedMb)));
    case 'flate-lzw':
      return oneStreamPdf('[/FlateDecode /LZWDecode]', deflateSync(lzwZeros(inflatedMb)));
  }
}
