import { describe, expect, it } from 'vitest';
import {
  chainedBombPdf,
  lzwBombPdf,
  manyPagesPdf,
  runLengthBombPdf,
  streamBombPdf,
} from '../test/hostile-files.js';
import { checkPdfStreams } from './pdf-limits.js';
import { readDocumentFile } from './read-file.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';

const MB = 1024 * 1024;

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('PDF reading limits', () => {
  it('refuses a stream that inflates past the limit, before pdf.js sees it', () => {
    const bomb = streamBombPdf(8);
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const tight = { ...DEFAULT_READ_LIMITS, maxPdfStreamBytes: 4 * MB };
    expect(() => checkPdfStreams(bomb, 'bomb.pdf', tight)).toThrow(/解压后过大.*4 MB/su);
    const total = { ...DEFAULT_READ_LIMITS, maxPdfTotalBytes: 2 * MB };
    expect(() => checkPdfStreams(bomb, 'bomb.pdf', total)).toThrow(/in total/u);
    // within the limits the same file passes the check
    expect(() => checkPdfStreams(bomb, 'bomb.pdf', DEFAULT_READ_LIMITS)).not.toThrow();
  });

  it('refuses a one-page PDF whose content stream inflates to 1 GiB, quickly', async () => {
    const bomb = streamBombPdf(1024);
    const started = performance.now();
    expect(await codeOf(readDocumentFile(bomb, 'bomb.pdf'))).toBe('FILE_TOO_COMPLEX');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses more pages than the limit, and reads a PDF within it', async () => {
    const pdf = manyPagesPdf(4);
    const limits = { ...DEFAULT_READ_LIMITS, maxPdfPages: 3 };
    await expect(readDocumentFile(pdf, 'long.pdf', limits)).rejects.toThrow(
      /页数过多（4页，上限3页）/u,
    );
    const read = await readDocumentFile(pdf, 'long.pdf', { ...limits, maxPdfPages: 4 });
    expect(read.text).toContain('deep');
  });

  it('leaves streams in other filters and broken data to pdf.js', () => {
    const text = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj\n<< /Filter /DCTDecode >>\nstream\n\xff\xd8 not deflate\nendstream\nendobj\n',
    );
    expect(() => checkPdfStreams(text, 'image.pdf', DEFAULT_READ_LIMITS)).not.toThrow();
  });

  it('counts LZW and RunLength streams against the same limits without decoding them', () => {
    const tight = { ...DEFAULT_READ_LIMITS, maxPdfStreamBytes: 4 * MB };
    for (const [name, bomb] of [
      ['lzw.pdf', lzwBombPdf(8)],
      ['rle.pdf', runLengthBombPdf(8)],
    ] as const) {
      expect(bomb.byteLength, name).toBeLessThan(160 * 1024);
      expect(() => checkPdfStreams(bomb, name, tight), name).toThrow(/解压后过大.*4 MB/su);
      // 8 MB decoded is within the default limits: counted, not refused
      expect(() => checkPdfStreams(bomb, name, DEFAULT_READ_LIMITS), name).not.toThrow();
    }
  });

  it('refuses a one-page PDF whose LZW stream decodes to 1 GiB, quickly', async () => {
    const bomb = lzwBombPdf(1024);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect(await codeOf(readDocumentFile(bomb, 'lzw.pdf'))).toBe('FILE_TOO_COMPLEX');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('decodes a filter chain, so a bomb behind another filter is refused too', () => {
    const tight = { ...DEFAULT_READ_LIMITS, maxPdfStreamBytes: 4 * MB };
    for (const chain of ['a85-flate', 'hex-flate', 'flate-flate', 'flate-lzw'] as const) {
      const bomb = chainedBombPdf(chain, 8);
      expect(bomb.byteLength, chain).toBeLessThan(256 * 1024);
      expect(() => checkPdfStreams(bomb, 'chain.pdf', tight), chain).toThrow(/解压后过大.*4 MB/su);
      // 8 MB decoded is within the default limits: decoded and counted, not refused
      expect(() => checkPdfStreams(bomb, 'chain.pdf', DEFAULT_READ_LIMITS), chain).not.toThrow();
    }
  });

  it('refuses a 1 GiB deflate bomb wrapped in ASCII85, quickly', async () => {
    const bomb = chainedBombPdf('a85-flate', 1024);
    const started = performance.now();
    expect(await codeOf(readDocumentFile(bomb, 'a85.pdf'))).toBe('FILE_TOO_COMPLEX');
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
