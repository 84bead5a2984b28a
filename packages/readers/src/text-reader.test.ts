import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compact, encodeGbk, newspaperSlice, REPORT_PATH, reportText } from '../test/fixtures.js';
import { paragraphSegments, textReader } from './text-reader.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('textReader', () => {
  it('returns a UTF-8 file character for character, so offsets point into the original', async () => {
    const bytes = new Uint8Array(readFileSync(REPORT_PATH));
    const read = await textReader.read(bytes, '003.txt');
    expect(read.text).toBe(reportText());
    expect(read.format).toBe('text');
  });

  it('maps every blank-line block of the report to a numbered, ordered segment', async () => {
    const read = await textReader.read(utf8(reportText()), 'report.md');
    expect(read.format).toBe('markdown');
    expect(read.segments.length).toBeGreaterThan(30);
    read.segments.forEach((segment, index) => {
      expect(segment.paragraph).toBe(index + 1);
      expect(segment.start).toBeLessThan(segment.end);
      expect(segment.end).toBeLessThanOrEqual(read.text.length);
      const slice = read.text.slice(segment.start, segment.end);
      expect(slice).toBe(slice.trim());
      expect(slice).not.toMatch(/\n\s*\n/);
    });
    for (let i = 1; i < read.segments.length; i += 1) {
      expect(read.segments[i]?.start).toBeGreaterThan(read.segments[i - 1]?.end ?? Infinity);
    }
    const target = read.text.indexOf('地区生产总值突破3800亿元');
    const holder = read.segments.find((s) => s.start <= target && target < s.end);
    expect(read.text.slice(holder?.start, holder?.end)).toMatch(/^推动高质量.*认同感进一步增强。$/);
  });

  it('decodes GBK files (Chinese Windows "ANSI") via GB18030', async () => {
    const original = reportText();
    const read = await textReader.read(encodeGbk(original), 'gbk-report.txt');
    expect(read.text).toBe(original);
    expect(compact(read.text)).toContain('全市生产总值2693.3亿元');
  });

  it('keeps a hard-wrapped newspaper column as one paragraph, line breaks untouched', async () => {
    const slice = newspaperSlice();
    const read = await textReader.read(utf8(slice), 'column.txt');
    expect(read.text).toBe(slice);
    expect(read.text).toContain('全市生产总\n值突破 4000 亿元');
    expect(compact(read.text)).toContain('全市生产总值突破4000亿元，比2025年翻一番');
    // The slice holds two blank-line paragraphs; the first spans many wrapped lines.
    expect(read.segments.length).toBeGreaterThanOrEqual(2);
    const first = read.segments[0];
    expect(read.text.slice(first?.start, first?.end).split('\n').length).toBeGreaterThan(5);
  });

  it('rejects bytes that are neither UTF-8 nor GB18030 as FILE_UNREADABLE', async () => {
    await expect(
      textReader.read(Uint8Array.of(0x41, 0xff, 0xff, 0x42), 'bad.txt'),
    ).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringContaining('bad.txt') as unknown,
    });
  });

  it('rejects binary content (NUL bytes) as FILE_UNREADABLE', async () => {
    const utf16NoBom = Uint8Array.of(0x41, 0x00, 0x42, 0x00);
    await expect(textReader.read(utf16NoBom, 'utf16.txt')).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
    });
  });

  it('honours a UTF-16 byte-order mark', async () => {
    const bytes = Uint8Array.of(0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65); // "中文" in UTF-16LE
    expect((await textReader.read(bytes, 'u16.txt')).text).toBe('中文');
  });
});

describe('paragraphSegments', () => {
  it('handles CRLF, ideographic-space indents and whitespace-only separator lines', () => {
    const text = '\u3000\u3000第一段，\r\n继续。\r\n \u3000\r\n第二段。  \r\n';
    const segments = paragraphSegments(text);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual([
      '第一段，\r\n继续。',
      '第二段。',
    ]);
    expect(segments.map((s) => s.paragraph)).toEqual([1, 2]);
  });

  it('splits exactly as the line-by-line regex reading it replaced, on mixed line ends and spaces', () => {
    // The former implementation, kept here as the reference.
    const reference = (text: string) => {
      const out: { start: number; end: number; paragraph: number }[] = [];
      let start: number | undefined;
      let end = 0;
      const close = () => {
        if (start === undefined) return;
        out.push({ start, end, paragraph: out.length + 1 });
        start = undefined;
      };
      for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
        const line = match[0];
        if (line.length === 0) break;
        if (/^\s*$/.test(line)) {
          close();
          continue;
        }
        start ??= match.index + line.search(/\S/);
        end = match.index + line.trimEnd().length;
      }
      close();
      return out;
    };
    const pieces = ['甲', 'b', ' ', '\u3000', '\u00a0', '\t', '\n', '\r', '\r\n', '\u2028', '。'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 400; round++) {
      let text = '';
      const length = next() % 40;
      for (let i = 0; i < length; i++) text += pieces[next() % pieces.length] ?? '';
      expect(paragraphSegments(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('gives no segments for whitespace-only text', () => {
    expect(paragraphSegments(' \n\u3000\n')).toEqual([]);
  });
});
