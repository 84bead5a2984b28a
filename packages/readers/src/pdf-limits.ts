import { LantuError } from '@lantu/core';
import { filterChain, lzwEarlyChange, type PdfFilter, runFilterChain } from './pdf-filter-chain.js';
import { countLzw, countRunLength } from './pdf-filter-sizes.js';
import type { ReadLimits } from './read-limits.js';

const MB = 1024 * 1024;

function tooComplex(fileName: string, detail: string): LantuError {
  return new LantuError(
    'FILE_TOO_COMPLEX',
    `${fileName}: 文件解压后过大，拒绝读取（${detail}）/ the file inflates beyond the reading limit (${detail})`,
  );
}

/**
 * Checks a PDF's compressed streams before pdf.js opens it. pdf.js decodes a content
 * stream whole into one growing buffer, outside the JavaScript heap a worker's memory cap
 * watches, so a one-page PDF whose stream inflates to 1 GiB takes gigabytes before any
 * check could see it. Here every stream's filter chain (`/Filter [/ASCII85Decode
 * /FlateDecode]`, pdf-filter-chain.ts) is decoded as a pipeline of streaming decoders,
 * discarding the output and stopping the moment one stage's output passes
 * `maxPdfStreamBytes` or the streams' outputs together pass `maxPdfTotalBytes`: memory stays
 * bounded by a few small chunks. A lone LZWDecode or RunLengthDecode is counted without
 * being decoded (pdf-filter-sizes.ts). A stream whose dictionary names no filter is tried as
 * deflate data, as pdf.js may still be told so elsewhere. Image filters (DCT, JPX, CCITT,
 * JBIG2) end the chain: they are left to the worker's time and memory caps, as is data a
 * decoder finds corrupt.
 */
export function checkPdfStreams(bytes: Uint8Array, fileName: string, limits: ReadLimits): void {
  let total = 0;
  for (const { data, chain, earlyChange } of pdfStreams(bytes)) {
    const sizes: number[] = [];
    const last = Math.max(0, chain.length - 1);
    const countBytes = (stage: number, bytes: number): void => {
      const size = (sizes[stage] ?? 0) + bytes;
      sizes[stage] = size;
      if (size > limits.maxPdfStreamBytes) {
        throw tooComplex(fileName, `a stream inflates past ${limits.maxPdfStreamBytes / MB} MB`);
      }
      if (stage !== last) return;
      total += bytes;
      if (total > limits.maxPdfTotalBytes) {
        throw tooComplex(
          fileName,
          `streams inflate past ${limits.maxPdfTotalBytes / MB} MB in total`,
        );
      }
    };
    const only = chain.length === 1 ? chain[0] : undefined;
    if (only === 'LZW') countLzw(data, (n) => countBytes(0, n), earlyChange);
    else if (only === 'RunLength') countRunLength(data, (n) => countBytes(0, n));
    else runFilterChain(data, chain.length === 0 ? ['Flate'] : chain, countBytes, { earlyChange });
  }
}

const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"
const END = [0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "endstream"

/** How far before `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 2048;
/** The stream's dictionary: the text since the last `obj` before its `stream` keyword. */
function dictionaryBefore(bytes: Uint8Array, keyword: number): string {
  const window = new TextDecoder('latin1').decode(
    bytes.subarray(Math.max(0, keyword - DICTIONARY_WINDOW), keyword),
  );
  return window.slice(window.lastIndexOf('obj') + 1);
}

interface PdfStream {
  readonly data: Uint8Array;
  readonly chain: readonly PdfFilter[];
  readonly earlyChange: number;
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
    const dictionary = dictionaryBefore(bytes, keyword);
    yield {
      data: bytes.subarray(start, stop),
      chain: filterChain(dictionary),
      earlyChange: lzwEarlyChange(dictionary),
    };
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
