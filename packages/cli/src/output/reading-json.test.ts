import { readDocument } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { MOST_INDENTED_PARTS, formatReadingJson, readingJsonChunks } from './reading-json.js';

const reading = (sentences: number): ReturnType<typeof readDocument> =>
  readDocument({
    text: Array.from({ length: sentences }, (_, i) => `到2025年，指标${i}达到${i + 1}亿元。`).join(
      '\n',
    ),
    meta: { title: '规划甲', horizon: 2025 },
  });

describe('formatReadingJson', () => {
  it('indents a reading of ordinary size', () => {
    const small = reading(3);
    const json = formatReadingJson(small);
    expect(json).toMatch(/^\{\n {2}"document": \{\n {4}"title": "规划甲"/u);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(small)));
  });

  it('writes a reading with more items than MOST_INDENTED_PARTS on one line', () => {
    const large = reading(MOST_INDENTED_PARTS + 1);
    expect(large.items.length).toBeGreaterThan(MOST_INDENTED_PARTS);
    const json = formatReadingJson(large);
    expect(json.indexOf('\n')).toBe(json.length - 1);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(large)));
    // Several readings count together, as --json prints them in one array.
    expect(formatReadingJson([reading(3), large])).toMatch(/^\[\{"document":/u);
    expect(formatReadingJson([reading(3), reading(3)])).toMatch(/^\[\n {2}\{/u);
  });

  it('gives, in pieces, exactly the text formatReadingJson gives, small or large', () => {
    const large = reading(MOST_INDENTED_PARTS * 2 + 7);
    for (const readings of [reading(3), large, [reading(3), large], [large, large]]) {
      const pieces = [...readingJsonChunks(readings)];
      expect(pieces.join('')).toBe(formatReadingJson(readings));
    }
    // A large reading really is written in pieces, none of them the whole.
    const pieces = [...readingJsonChunks(large)];
    const whole = formatReadingJson(large);
    expect(pieces.length).toBeGreaterThan(4);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(whole.length / 2);
  });

  it('leaves out undefined fields and stringifies dates as JSON.stringify does', () => {
    const large = reading(MOST_INDENTED_PARTS + 1);
    const odd = { ...large, document: { ...large.document, note: undefined, at: new Date(0) } };
    expect([...readingJsonChunks(odd)].join('')).toBe(`${JSON.stringify(odd)}\n`);
  });
});
