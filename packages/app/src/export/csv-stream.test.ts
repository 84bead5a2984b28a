import { describe, expect, it } from 'vitest';
import { csvChunks } from './csv-stream.js';
import type { ExportCell } from './scorecard-table.js';
import { toCsv } from './to-csv.js';

async function* arriving(rows: readonly ExportCell[][]): AsyncGenerator<ExportCell[]> {
  for (const row of rows) {
    await Promise.resolve();
    yield row;
  }
}

describe('csvChunks', () => {
  it('writes the bytes toCsv writes, formula guard and BOM included, in chunks', async () => {
    const rows: ExportCell[][] = [
      ['=HYPERLINK("http://x")', -5, '@SUM(A1)'],
      ['x,y', null, '多行\n文本'],
      ...Array.from({ length: 5000 }, (_, i) => [`＋${i}`, i, '一段较长的原文'.repeat(3)]),
    ];
    const chunks: Uint8Array[] = [];
    for await (const chunk of csvChunks(['a', 'b', 'c'], arriving(rows))) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    const streamed = Buffer.concat(chunks);
    expect(streamed.equals(toCsv(['a', 'b', 'c'], rows))).toBe(true);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(streamed);
    expect(text.startsWith('\uFEFFa,b,c\r\n"\'=HYPERLINK(""http://x"")",-5,\'@SUM(A1)\r\n')).toBe(
      true,
    );
    expect(text).toContain("\r\n'＋4999,4999,");
  });
});
