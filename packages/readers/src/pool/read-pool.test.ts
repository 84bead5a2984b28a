import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, isLantuError } from '@lantu/core';
import { encodeGbk, reportText } from '../../test/fixtures.js';
import {
  cyclicPageTreePdf,
  declaredZipBombDocx,
  deepPageTreePdf,
  deeplyNestedHtml,
  lyingZipBombDocx,
  manyEntriesDocx,
} from '../../test/hostile-files.js';
import { createReadPool, type ReadPool } from './read-pool.js';

const MB = 1024 * 1024;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * The longest the calling thread went without running a timer while `work` ran: proof that
 * reading happens elsewhere. Timers tick every 20 ms; a blocked thread shows as a long gap.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 20);
  try {
    const result = await work();
    return { result, stallMs };
  } finally {
    clearInterval(timer);
  }
}

/** Settles a read into its outcome: ok, or the LantuError code; anything else fails the test. */
async function outcome(pool: ReadPool, bytes: Uint8Array, name: string): Promise<string> {
  try {
    await pool.read(bytes, name);
    return 'ok';
  } catch (error) {
    if (!isLantuError(error)) throw error;
    expect(ERROR_CODES).toContain(error.code);
    return error.code;
  }
}

describe('the read pool', () => {
  let pool: ReadPool;
  beforeAll(async () => {
    pool = createReadPool({ threads: 2, timeLimitMs: 30_000, memoryLimitMb: 256 });
    await pool.read(utf8('预热'), 'warm.txt'); // start a worker (tsx + pdf.js load) once
  });
  afterAll(() => pool.close());

  it('reads a file and, given metadata, core reads it too, in a worker', async () => {
    const { read, reading } = await pool.read(utf8(reportText()), 'report.txt', {});
    expect(read.text).toBe(reportText());
    expect(reading?.items.length).toBeGreaterThan(10);
  });

  it('refuses a DOCX whose headers lie about a 150 MB document.xml, without stalling the caller', async () => {
    const bomb = lyingZipBombDocx(150);
    expect(bomb.byteLength).toBeLessThan(2 * MB);
    const started = performance.now();
    const { result, stallMs } = await longestStall(() => outcome(pool, bomb, 'bomb.docx'));
    expect(result).toBe('FILE_TOO_COMPLEX');
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(stallMs).toBeLessThan(1_000);
  });

  it('refuses a DOCX that declares a 150 MB entry, and one with 6,000 entries', async () => {
    await expect(pool.read(declaredZipBombDocx(150), 'declared.docx')).rejects.toMatchObject({
      code: 'FILE_TOO_COMPLEX',
      message: expect.stringContaining('解压后过大') as unknown,
    });
    await expect(pool.read(manyEntriesDocx(6_000), 'many.docx')).rejects.toMatchObject({
      code: 'FILE_TOO_COMPLEX',
    });
  });

  it('answers a PDF 5,000 pages-nodes deep and a cyclic page tree with a result or a closed error, in time', async () => {
    const started = performance.now();
    const deep = await outcome(pool, deepPageTreePdf(5_000), 'deep.pdf');
    const cyclic = await outcome(pool, cyclicPageTreePdf(), 'cyclic.pdf');
    expect(['ok', 'FILE_UNREADABLE', 'FILE_TOO_COMPLEX', 'FILE_EMPTY']).toContain(deep);
    expect(['FILE_UNREADABLE', 'FILE_TOO_COMPLEX', 'FILE_EMPTY']).toContain(cyclic);
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('refuses HTML nested 100,000 deep', async () => {
    const { result, stallMs } = await longestStall(() =>
      outcome(pool, deeplyNestedHtml(100_000), 'deep.html'),
    );
    expect(result).toBe('FILE_TOO_COMPLEX');
    expect(stallMs).toBeLessThan(1_000);
  });

  it('refuses text over 50 MB before it reaches a worker', async () => {
    const big = new Uint8Array(50 * MB + 1).fill(0x61);
    const started = performance.now();
    await expect(pool.read(big, 'big.txt')).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('文件过大') as unknown,
    });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses invalid UTF-8 and decodes GB18030, four-byte sequences included', async () => {
    await expect(
      pool.read(new Uint8Array([0xe4, 0xb8, 0x41, 0xff, 0xfe, 0x80]), 'bad.txt'),
    ).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    // 𠀀 (U+20000) is 95 32 82 36 in GB18030; GBK has no such character.
    const gb18030 = new Uint8Array([...encodeGbk('全市生产总值'), 0x95, 0x32, 0x82, 0x36]);
    const { read } = await pool.read(gb18030, 'gb18030.txt');
    expect(read.text).toBe('全市生产总值𠀀');
  });
});

describe('a read pool past its limits', () => {
  it('stops a read past the time limit with FILE_TOO_COMPLEX and a Chinese message', async () => {
    const pool = createReadPool({ threads: 1, timeLimitMs: 50 });
    try {
      await expect(pool.read(utf8(reportText()), 'slow.txt', {})).rejects.toMatchObject({
        code: 'FILE_TOO_COMPLEX',
        message: expect.stringContaining('未能读完') as unknown,
      });
    } finally {
      await pool.close();
    }
  });

  it('answers FILE_TOO_LARGE when a read needs more heap than the cap, and replaces the worker', async () => {
    const pool = createReadPool({ threads: 1, memoryLimitMb: 96, timeLimitMs: 60_000 });
    try {
      // 40 MB of Chinese text: its string and core's reading need far more than 96 MB.
      const text = '到2025年，全市生产总值达到2000亿元。\n'.repeat(900_000);
      await expect(pool.read(utf8(text), 'heavy.txt', {})).rejects.toMatchObject({
        code: 'FILE_TOO_LARGE',
        message: expect.stringContaining('内存') as unknown,
      });
      const { read } = await pool.read(utf8('正文'), 'after.txt');
      expect(read.text).toBe('正文');
    } finally {
      await pool.close();
    }
  });
});
