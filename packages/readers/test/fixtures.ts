/**
 * Test fixtures for the readers: the Yiwu corpus files the brief names, and small helpers that
 * make real files from them (GBK bytes, a PNG "scan").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const CORPUS = new URL('../../../fixtures/yiwu/corpus/', import.meta.url);

/** 2026 Yiwu work report "一图读懂" (Markdown-ish text, ~4 PDF pages). */
export const REPORT_PATH = fileURLToPath(new URL('003_3c33441e9281c1c6.txt', CORPUS));

export function reportText(): string {
  return readFileSync(REPORT_PATH, 'utf8');
}

/**
 * The start of the 十五五 proposal as printed in a newspaper: lines broken inside words by the
 * columns (`全市生产总\n值突破 4000 亿元`).
 */
export function newspaperSlice(): string {
  const text = readFileSync(fileURLToPath(new URL('004_37df5ff19aac7a16.txt', CORPUS)), 'utf8');
  return text.slice(0, 1200);
}

/**
 * Text with whitespace and Markdown emphasis removed, for "does the reader's text contain this
 * sentence" checks that must not depend on how a converter spaced or wrapped it.
 */
export function compact(text: string): string {
  return text.replace(/[\s*]+/g, '');
}

let gbkTable: Map<string, number[]> | undefined;

/**
 * Encodes text as GBK, the way Chinese Windows saves "ANSI" text files. Node has no GBK
 * encoder, so the table is built by decoding every two-byte GBK code with TextDecoder.
 */
export function encodeGbk(text: string): Uint8Array {
  if (gbkTable === undefined) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        try {
          const char = decoder.decode(Uint8Array.of(lead, trail));
          if (!gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
        } catch {
          // unassigned code
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const encoded = gbkTable.get(char);
      if (encoded === undefined) throw new Error(`not in GBK: ${char}`);
      bytes.push(...encoded);
    }
  }
  return Uint8Array.from(bytes);
}

/** A small grey-and-black striped RGB PNG: stands in for a scanned page. */
export function stripedPng(width = 200, height = 100): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height, 0xff);
  for (let y = 0; y < height; y += 1) {
    raw[y * stride] = 0; // filter type: none
    if (y % 20 >= 8) continue;
    raw.fill(0, y * stride + 1 + 20 * 3, y * stride + 1 + (width - 20) * 3);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
