import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS, type ReadPool } from '@lantu/readers';
import { createTextFirstPool } from './text-first-pool.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const PLAN = '二〇二五年地区生产总值达到2000亿元，年均增长6%。\n';

let pool: ReadPool | undefined;
afterEach(async () => pool?.close());

/** The error code a read fails with. */
async function failure(read: Promise<unknown>): Promise<unknown> {
  return read.then(
    () => 'ok',
    (error: unknown) => (error as { code?: unknown }).code,
  );
}

describe('createTextFirstPool', () => {
  it('reads plain text on this thread, with the reading only when metadata is given', async () => {
    pool = createTextFirstPool({ threads: 1 });
    const bare = await pool.read(utf8(PLAN), 'plan.txt');
    expect(bare.read.text).toBe(PLAN);
    expect(bare.reading).toBeUndefined();

    const { reading } = await pool.read(utf8(PLAN), 'plan.md', {
      title: '规划',
      kind: 'five-year-plan',
      horizon: 2025,
    });
    expect(reading?.document.title).toBe('规划');
    expect(reading?.items.length).toBeGreaterThan(0);
  });

  it('caps plain text by the pool’s size limit before decoding it', async () => {
    pool = createTextFirstPool({ limits: { ...DEFAULT_READ_LIMITS, maxFileBytes: 10 } });
    expect(await failure(pool.read(utf8(PLAN), 'plan.txt'))).toBe('FILE_TOO_LARGE');
  });

  it('reads HTML in the worker, the file’s title under the given metadata', async () => {
    pool = createTextFirstPool({ threads: 1 });
    const html = `<html><head><title>义乌市政府工作报告</title></head><body><p>${PLAN}</p></body></html>`;
    const { read, reading } = await pool.read(utf8(html), 'report.html', { kind: 'work-report' });
    expect(read.title).toBe('义乌市政府工作报告');
    expect(reading?.document.title).toBe('义乌市政府工作报告');
    expect(reading?.document.kind).toBe('work-report');
  });
});
