import { describe, expect, it } from 'vitest';
import { countLzw, countRunLength } from './pdf-filter-sizes.js';

const total = (counter: (data: Uint8Array, count: (n: number) => void) => void, data: number[]) => {
  let sum = 0;
  counter(new Uint8Array(data), (n) => (sum += n));
  return sum;
};

describe('decoded sizes of PDF filters', () => {
  it('counts RunLengthDecode: literal runs, repeats, and the end marker', () => {
    // 3 literal bytes, "x" × 4, end; the bytes after the end do not count
    expect(total(countRunLength, [2, 65, 66, 67, 253, 120, 128, 0, 1])).toBe(7);
  });

  it('counts LZWDecode as the specification’s example decodes (45 → 9 codes, 14 bytes)', () => {
    // PDF 32000-1 §7.4.4.2: "-----A---B" encodes to these 9-bit codes.
    const codes = [256, 45, 258, 258, 65, 259, 66, 257];
    let bits = '';
    for (const code of codes) bits += code.toString(2).padStart(9, '0');
    bits = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
    const bytes = bits.match(/.{8}/gu)?.map((byte) => parseInt(byte, 2)) ?? [];
    expect(bytes.slice(0, 3)).toEqual([0x80, 0x0b, 0x60]);
    expect(total(countLzw, bytes)).toBe('-----A---B'.length);
  });
});
