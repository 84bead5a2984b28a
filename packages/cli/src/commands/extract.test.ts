import type { Reading } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/memory-io.js';
import { runExtract } from './extract.js';
import type { ExtractOptions } from './extract-options.js';

const A_TEXT = '一、总体要求\n到2025年，地区生产总值突破2000亿元。\n';
const B_TEXT = '𠀀 全市进出口总额增长7.7%。\n'; // one astral character: chars counts UTF-16 units

const MANIFEST = JSON.stringify([
  { file: 'a.txt', title: '规划甲', kind: 'five-year-plan', horizon: 2025, note: 'x' },
  { file: 'b.txt', title: '报告乙', kind: 'work-report', date: '2026-01-20', horizon: 2026 },
]);

function options(fields: Partial<ExtractOptions>): ExtractOptions {
  return { inputs: [], json: false, meta: {}, ...fields };
}

function corpus(): ReturnType<typeof memoryIo> {
  return memoryIo({
    'corpus/a.txt': A_TEXT,
    'corpus/b.txt': B_TEXT,
    'corpus/manifest.json': MANIFEST,
  });
}

function readingAt(io: ReturnType<typeof memoryIo>, path: string): Reading {
  return JSON.parse(io.written(path)) as Reading;
}

describe('runExtract with --out', () => {
  it('writes one pretty JSON reading per file with the manifest metadata', async () => {
    const io = corpus();
    const code = await runExtract(
      options({ inputs: ['corpus'], out: 'out', manifest: 'corpus/manifest.json' }),
      io,
    );
    expect(code).toBe(0);
    const a = readingAt(io, 'out/a.json');
    expect(a.document).toMatchObject({ title: '规划甲', kind: 'five-year-plan', horizon: 2025 });
    expect(a.document.chars).toBe(A_TEXT.length);
    const b = readingAt(io, 'out/b.json');
    expect(b.document).toMatchObject({ title: '报告乙', date: '2026-01-20', horizon: 2026 });
    expect(b.document.chars).toBe(B_TEXT.length);
    expect(io.written('out/b.json')).toContain('\n  "document": {\n    "title": "报告乙"');
    expect(io.files.has('out/manifest.json')).toBe(false);
    expect(io.dirs.has('out')).toBe(true);
    expect(io.stdout.text()).toBe('');
    expect(io.stderr.text()).toBe('lantu: wrote 2 of 2 readings to out\n');
    expect(io.progressTotals).toEqual([2]);
  });

  it('lets flags override the manifest', async () => {
    const io = corpus();
    await runExtract(
      options({
        inputs: ['corpus/a.txt'],
        out: 'out',
        manifest: 'corpus/manifest.json',
        meta: { title: '新标题', horizon: 2030 },
      }),
      io,
    );
    expect(readingAt(io, 'out/a.json').document).toMatchObject({
      title: '新标题',
      horizon: 2030,
      kind: 'five-year-plan',
    });
  });

  it('carries on past empty, missing and unsupported files and exits 1', async () => {
    const io = memoryIo({ 'a.txt': A_TEXT, 'empty.txt': '', 'notes.xyz': 'x' });
    const code = await runExtract(
      options({ inputs: ['empty.txt', 'missing.txt', 'a.txt', 'notes.xyz'], out: 'out' }),
      io,
    );
    expect(code).toBe(1);
    expect(readingAt(io, 'out/a.json').document.chars).toBe(A_TEXT.length);
    const errors = io.stderr.text().split('\n');
    expect(errors).toContainEqual(expect.stringMatching(/^lantu: empty\.txt: .*empty/u));
    expect(errors).toContain('lantu: missing.txt: cannot read: no such file or directory');
    expect(errors).toContainEqual(expect.stringMatching(/^lantu: notes\.xyz: .*not supported/u));
    expect(io.stderr.text()).toContain('wrote 1 of 4 readings');
    expect([...io.files.keys()].filter((path) => path.startsWith('out/'))).toEqual(['out/a.json']);
  });

  it('warns about a file the manifest does not list, without failing', async () => {
    const io = memoryIo({ 'c.txt': A_TEXT, 'm.json': MANIFEST });
    const code = await runExtract(options({ inputs: ['c.txt'], out: 'o', manifest: 'm.json' }), io);
    expect(code).toBe(0);
    expect(io.stderr.text()).toContain('lantu: c.txt: warning: no entry in m.json');
  });

  it('refuses --title for several files and an invalid manifest before reading', async () => {
    await expect(
      runExtract(options({ inputs: ['corpus'], out: 'out', meta: { title: 'T' } }), corpus()),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    const io = memoryIo({ 'a.txt': A_TEXT, 'm.json': '[{"file": "a.txt", "horizon": "x"}]' });
    await expect(
      runExtract(options({ inputs: ['a.txt'], out: 'out', manifest: 'm.json' }), io),
    ).rejects.toThrow(/^m\.json: \[0\]\.horizon: /u);
    await expect(
      runExtract(options({ inputs: ['a.txt'], out: 'out', manifest: 'm.json' }), io),
    ).rejects.toMatchObject({ code: 'MANIFEST_INVALID' });
    expect(io.files.has('out/a.json')).toBe(false);
  });
});

describe('runExtract without --out', () => {
  it('prints a table per file', async () => {
    const io = corpus();
    const code = await runExtract(
      options({ inputs: ['corpus/a.txt', 'corpus/b.txt'], manifest: 'corpus/manifest.json' }),
      io,
    );
    expect(code).toBe(0);
    const out = io.stdout.text();
    expect(out).toContain('== corpus/a.txt ==');
    expect(out).toContain(`规划甲 · five-year-plan · horizon 2025 · ${A_TEXT.length} chars`);
    expect(out).toContain('== corpus/b.txt ==');
  });

  it('prints the readings as one JSON array with --json', async () => {
    const io = corpus();
    await runExtract(
      options({ inputs: ['corpus/b.txt'], json: true, manifest: 'corpus/manifest.json' }),
      io,
    );
    const readings = JSON.parse(io.stdout.text()) as Reading[];
    expect(readings).toHaveLength(1);
    expect(readings[0]?.document.title).toBe('报告乙');
    expect(io.stdout.text()).toContain('"title": "报告乙"');
  });

  it('draws no progress bar over tables on a terminal', async () => {
    const io = memoryIo({ 'a.txt': A_TEXT, 'b.txt': B_TEXT }, { stdoutTTY: true });
    await runExtract(options({ inputs: ['a.txt', 'b.txt'] }), io);
    expect(io.progressTotals).toEqual([0]);
  });
});

describe('runExtract when writing fails', () => {
  it('reports the path and exits with the INTERNAL code', async () => {
    const io = memoryIo({ 'a.txt': A_TEXT, 'b.txt': B_TEXT });
    const failing = {
      ...io,
      writeFile: (path: string, text: string) =>
        path.endsWith('a.json')
          ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))
          : io.writeFile(path, text),
      writeChunks: (path: string, chunks: Iterable<string>) =>
        path.endsWith('a.json')
          ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))
          : io.writeChunks(path, chunks),
    };
    const code = await runExtract(options({ inputs: ['a.txt', 'b.txt'], out: 'o' }), failing);
    expect(code).toBe(70);
    expect(io.stderr.text()).toContain('lantu: a.txt: cannot write o/a.json: permission denied');
    expect(io.files.has('o/b.json')).toBe(true);
  });
});

describe('runExtract with an unusable --out', () => {
  it('stops before reading when --out names a file', async () => {
    const io = memoryIo({ 'a.txt': A_TEXT, 'taken.json': '{}' });
    await expect(
      runExtract(options({ inputs: ['a.txt'], out: 'taken.json' }), io),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    expect(io.stderr.text()).toBe('');
  });
});
