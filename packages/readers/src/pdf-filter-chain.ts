import { Inflate, Unzlib } from 'fflate';
import {
  ascii85Stage,
  asciiHexStage,
  CorruptData,
  type DecodeStage,
  type Emit,
  lzwStage,
  runLengthStage,
} from './pdf-decoders.js';

/** The filters a stream's data passes through, in order, as its dictionary names them. */
export type PdfFilter = 'Flate' | 'LZW' | 'RunLength' | 'ASCIIHex' | 'ASCII85' | 'other';

const NAMES: Readonly<Record<string, PdfFilter>> = {
  FlateDecode: 'Flate',
  Fl: 'Flate',
  LZWDecode: 'LZW',
  LZW: 'LZW',
  RunLengthDecode: 'RunLength',
  RL: 'RunLength',
  ASCIIHexDecode: 'ASCIIHex',
  AHx: 'ASCIIHex',
  ASCII85Decode: 'ASCII85',
  A85: 'ASCII85',
};

const FILTER_ENTRY = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/u;
const NAME = /\/([^\s/[\]<>()]+)/gu;

/**
 * The filter chain a stream dictionary names (`/Filter /FlateDecode` or `/Filter [/A85
 * /FlateDecode]`); empty when it names none. Image and unknown filters are `other`.
 */
export function filterChain(dictionary: string): PdfFilter[] {
  const entry = FILTER_ENTRY.exec(dictionary)?.[1];
  if (entry === undefined) return [];
  return [...entry.matchAll(NAME)].map((m) => NAMES[m[1] ?? ''] ?? 'other');
}

/** `/EarlyChange 0` in the stream's parameters (LZW widens its codes one code later then). */
export function lzwEarlyChange(dictionary: string): number {
  return /\/EarlyChange\s+0\b/u.test(dictionary) ? 0 : 1;
}

/**
 * Runs `data` through the chain as a pipeline of streaming decoders, calling `count(stage,
 * bytes)` with the size of every piece each stage puts out (stage 0 is the first filter's
 * output); `count` throws to stop at a limit. A stream without filters, or whose next
 * filter is an image or unknown one, puts out nothing more. Corrupt data ends the count
 * quietly: what pdf.js makes of it is bounded by the worker's caps.
 */
export function runFilterChain(
  data: Uint8Array,
  chain: readonly PdfFilter[],
  count: (stage: number, bytes: number) => void,
  options: { readonly earlyChange?: number; readonly sliceBytes?: number } = {},
): void {
  const known = chain.findIndex((filter) => filter === 'other');
  const decodable = known < 0 ? chain : chain.slice(0, known);
  if (decodable.length === 0) return;
  // Built from the last stage back, each handing its output on to the next.
  const decoders: DecodeStage[] = [];
  for (let stage = decodable.length - 1; stage >= 0; stage--) {
    const next = decoders[0];
    const emit: Emit = (chunk) => {
      count(stage, chunk.byteLength);
      next?.push(chunk, false);
    };
    decoders.unshift(stageFor(decodable[stage] ?? 'other', emit, options.earlyChange ?? 1));
  }
  const slice = options.sliceBytes ?? 16 * 1024;
  try {
    const first = decoders[0];
    for (let offset = 0; offset < data.byteLength; offset += slice)
      first?.push(data.subarray(offset, Math.min(offset + slice, data.byteLength)), false);
    // In order: ending a stage may hand the next its last output.
    for (const decoder of decoders) decoder.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof CorruptData || isInflateError(error)) return;
    throw error;
  }
}

function stageFor(filter: PdfFilter, emit: Emit, earlyChange: number): DecodeStage {
  switch (filter) {
    case 'Flate':
      return flateStage(emit);
    case 'LZW':
      return lzwStage(emit, earlyChange);
    case 'RunLength':
      return runLengthStage(emit);
    case 'ASCIIHex':
      return asciiHexStage(emit);
    case 'ASCII85':
      return ascii85Stage(emit);
    case 'other':
      return { push: () => {} };
  }
}

/** FlateDecode through fflate, with or without the zlib header some writers leave out. */
function flateStage(emit: Emit): DecodeStage {
  let inflater: Inflate | Unzlib | undefined;
  let head = new Uint8Array(0);
  const ondata = (chunk: Uint8Array): void => emit(chunk);
  return {
    push(chunk, final) {
      if (inflater === undefined) {
        // The header is two bytes: wait for them before choosing.
        const joined = new Uint8Array(head.byteLength + chunk.byteLength);
        joined.set(head, 0);
        joined.set(chunk, head.byteLength);
        if (joined.byteLength < 2 && !final) {
          head = joined;
          return;
        }
        inflater = isZlibHeader(joined) ? new Unzlib(ondata) : new Inflate(ondata);
        inflater.push(joined, final);
        return;
      }
      inflater.push(chunk, final);
    },
  };
}

export function isZlibHeader(data: Uint8Array): boolean {
  const [cmf = 0, flg = 0] = data;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}

/** fflate reports bad data with an Error carrying a numeric `code`. */
function isInflateError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number';
}
