import { Inflate, Unzlib } from 'fflate';
import { LantuError } from '@lantu/core';
import { countLzw, countRunLength } from './pdf-filter-sizes.js';
import type { ReadLimits } from './read-limits.js';

const MB = 1024 * 1024;
/** Bytes fed to the inflater at a time, so each output chunk (and each check) stays small. */
const SLICE = 16 * 1024;

function tooComplex(fileName: string, detail: string): LantuError {
  return new LantuError(
    'FILE_TOO_COMPLEX',
    `${fileName}: 文件解压后过大，拒绝读取（${detail}）/ the file inflates beyond the reading limit (${detail})`,
  );
}

/**
 * Checks a PDF's compressed streams before pdf.js opens it. pdf.js inflates a content
 * stream whole into one growing buffer, outside the JavaScript heap a worker's memory cap
 * watches, so a one-page PDF whose stream inflates to 1 GiB takes gigabytes before any
 * check could see it. Here every zlib/deflate stream (`stream … endstream`) is inflated
 * through fflate, discarding the output and stopping the moment one stream passes
 * `maxPdfStreamBytes` or all together pass `maxPdfTotalBytes`: memory stays bounded by one
 * small chunk. Streams whose first filter is LZWDecode or RunLengthDecode (which expand as
 * much) are counted against the same limits without being decoded (pdf-filter-sizes.ts).
 * Image filters (DCT, JPX, CCITT, JBIG2) are left to the worker's time and memory caps. Data
 * that is not a valid deflate stream is left for pdf.js to judge.
 */
export function checkPdfStreams(bytes: Uint8Array, fileName: string, limits: ReadLimits): void {
  let total = 0;
  for (const { data, filter } of pdfStreams(bytes)) {
    let size = 0;
    const countBytes = (bytes: number): void => {
      size += bytes;
      total += bytes;
      if (size > limits.maxPdfStreamBytes) {
        throw tooComplex(fileName, `a stream inflates past ${limits.maxPdfStreamBytes / MB} MB`);
      }
      if (total > limits.maxPdfTotalBytes) {
        throw tooComplex(
          fileName,
          `streams inflate past ${limits.maxPdfTotalBytes / MB} MB in total`,
        );
      }
    };
    if (filter === 'LZW') {
      countLzw(data, countBytes);
      continue;
    }
    if (filter === 'RunLength') {
      countRunLength(data, countBytes);
      continue;
    }
    const count = (chunk: Uint8Array): void => countBytes(chunk.byteLength);
    // FlateDecode data normally carries a zlib header (0x78 …); some writers omit it.
    const inflater = isZlibHeader(data) ? new Unzlib(count) : new Inflate(count);
    try {
      for (let offset = 0; offset < data.byteLength; offset += SLICE) {
        const end = Math.min(offset + SLICE, data.byteLength);
        inflater.push(data.subarray(offset, end), end === data.byteLength);
      }
    } catch (error) {
      if (error instanceof LantuError) throw error;
      // not deflate data (another filter) or corrupt: nothing to bound here
    }
  }
}

function isZlibHeader(data: Uint8Array): boolean {
  const [cmf = 0, flg = 0] = data;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}

const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"
const END = [0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "endstream"

/** How far before `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 2048;
const FIRST_FILTER = /\/Filter\s*\[?\s*\/(LZWDecode|LZW|RunLengthDecode|RL)\b/u;

/**
 * LZW or RunLength when the first filter named in the stream's dictionary (the text since
 * the last `obj` before it) is one of them; undefined otherwise.
 */
function firstFilter(bytes: Uint8Array, keyword: number): 'LZW' | 'RunLength' | undefined {
  const window = new TextDecoder('latin1').decode(
    bytes.subarray(Math.max(0, keyword - DICTIONARY_WINDOW), keyword),
  );
  const dictionary = window.slice(window.lastIndexOf('obj') + 1);
  const name = FIRST_FILTER.exec(dictionary)?.[1];
  if (name === undefined) return undefined;
  return name.startsWith('L') ? 'LZW' : 'RunLength';
}

interface PdfStream {
  readonly data: Uint8Array;
  readonly filter: 'LZW' | 'RunLength' | undefined;
}

/**
 * The data of every `stream … endstream` in the file, found by the keywords rather than by
 * `/Length` (a hostile file can lie about its lengths). One pass over the bytes.
 */
function* pdfStreams(bytes: Uint8Array): Generator<PdfStream> {
  let at = 0;
  while (at < bytes.byteLength) {
    const keyword = indexOf(bytes, STREAM, at);
    if (keyword < 0) return;
    // "endstream" contains "stream": skip it; a stream keyword is followed by CRLF or LF.
    const isEnd = keyword >= 3 && bytes[keyword - 3] === 0x65 && bytes[keyword - 2] === 0x6e;
    let start = keyword + STREAM.length;
    if (isEnd || (bytes[start] !== 0x0a && bytes[start] !== 0x0d)) {
      at = start;
      continue;
    }
    if (bytes[start] === 0x0d) start += 1;
    if (bytes[start] === 0x0a) start += 1;
    const end = indexOf(bytes, END, start);
    const stop = end < 0 ? bytes.byteLength : end;
    yield { data: bytes.subarray(start, stop), filter: firstFilter(bytes, keyword) };
    at = end < 0 ? bytes.byteLength : end + END.length;
  }
}

/** The first index of `needle` in `bytes` at or after `from`, or -1. */
function indexOf(bytes: Uint8Array, needle: readonly number[], from: number): number {
  const first = needle[0] ?? 0;
  for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) {
    let match = i + needle.length <= bytes.byteLength;
    for (let j = 1; match && j < needle.length; j += 1) match = bytes[i + j] === needle[j];
    if (match) return i;
  }
  return -1;
}
