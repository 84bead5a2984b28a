import { describe, expect, it } from 'vitest';
import { ascii85, asciiHex } from '../test/hostile-files.js';
import {
  ascii85Stage,
  asciiHexStage,
  type DecodeStage,
  type Emit,
  lzwStage,
  runLengthStage,
} from './pdf-decoders.js';
import { countLzw } from './pdf-filter-sizes.js';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Decodes `data` fed in pieces of `piece` bytes (1 tests state kept across pieces). */
function decode(make: (emit: Emit) => DecodeStage, data: Uint8Array, piece = 3): number[] {
  const out: number[] = [];
  const stage = make((chunk) => out.push(...chunk));
  for (let at = 0; at < data.byteLength; at += piece)
    stage.push(data.subarray(at, Math.min(at + piece, data.byteLength)), false);
  stage.push(new Uint8Array(0), true);
  return out;
}

describe('PDF stream decoders', () => {
  it('ASCIIHexDecode: pairs, white space, an odd last digit, the end mark', () => {
    for (const piece of [1, 2, 7]) {
      expect(decode(asciiHexStage, bytesOf('48 65\n6C6c6F7>ignored'), piece)).toEqual([
        ...bytesOf('Hello'),
        0x70,
      ]);
    }
  });

  it('ASCII85Decode as Python’s base64.a85decode(adobe=True) reads the same text', () => {
    // python3 -c "import base64; print(base64.a85encode(b'Hello world', adobe=True))"
    expect(decode(ascii85Stage, bytesOf('87cURD]j7BEbo7~>'))).toEqual([...bytesOf('Hello world')]);
    // z stands for four zeros; a last group of 4 characters gives 3 bytes
    expect(decode(ascii85Stage, bytesOf('z@:E^~>'), 1)).toEqual([0, 0, 0, 0, ...bytesOf('abc')]);
    const random = Uint8Array.from({ length: 1001 }, (_, i) => (i * 151 + 7) % 256);
    expect(decode(ascii85Stage, ascii85(random), 5)).toEqual([...random]);
    expect(decode(asciiHexStage, asciiHex(random), 5)).toEqual([...random]);
  });

  it('RunLengthDecode: literal runs, repeats and the end marker', () => {
    const data = Uint8Array.of(2, 65, 66, 67, 253, 120, 128, 0, 1);
    expect(decode(runLengthStage, data, 1)).toEqual([...bytesOf('ABCxxxx')]);
  });

  it('LZWDecode: the specification’s example, in any pieces, and as countLzw counts', () => {
    // PDF 32000-1 §7.4.4.2: codes 256 45 258 258 65 259 66 257 as bytes.
    const encoded = Uint8Array.of(0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01);
    for (const piece of [1, 2, 9]) {
      expect(decode(lzwStage, encoded, piece)).toEqual([45, 45, 45, 45, 45, 65, 45, 45, 45, 66]);
    }
    let counted = 0;
    countLzw(encoded, (n) => (counted += n));
    expect(counted).toBe(10);
  });
});
