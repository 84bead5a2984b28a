import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTextPieces } from './write-text-pieces.js';

const dir = await mkdtemp(join(tmpdir(), 'lantu-pieces-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeTextPieces', () => {
  it('writes the pieces as one UTF-8 file, whatever their sizes, replacing what was there', async () => {
    const pieces = [
      '{"items":[',
      '地区生产总值突破3800亿元'.repeat(40_000), // over a megabyte of UTF-8 on its own
      ...Array.from({ length: 5_000 }, (_, n) => `,{"n":${n},"metric":"海外仓𠀋${n}"}`),
      '',
      ']}\n',
    ];
    const path = join(dir, 'reading.json');
    await writeFile(path, 'x'.repeat(10_000_000));
    await writeTextPieces(path, pieces);
    expect(await readFile(path, 'utf8')).toBe(pieces.join(''));
  });

  it('writes an empty file for no pieces', async () => {
    const path = join(dir, 'empty.json');
    await writeTextPieces(path, []);
    expect(await readFile(path, 'utf8')).toBe('');
  });
});
