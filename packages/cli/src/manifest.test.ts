import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LantuError } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../test/memory-io.js';
import { findManifestEntry, loadManifest, metaFromEntry, parseManifest } from './manifest.js';

const FIXTURE = fileURLToPath(
  new URL('../../../fixtures/yiwu/corpus/manifest.json', import.meta.url),
);

function manifestError(text: string): LantuError {
  try {
    parseManifest(text, 'm.json');
  } catch (error) {
    if (error instanceof LantuError) return error;
    throw error;
  }
  throw new Error('expected parseManifest to throw');
}

describe('parseManifest', () => {
  it('parses the Yiwu fixture manifest', () => {
    const manifest = parseManifest(readFileSync(FIXTURE, 'utf8'), FIXTURE);
    expect(manifest).toHaveLength(5);
    expect(manifest[3]).toMatchObject({
      file: '003_3c33441e9281c1c6.txt',
      title: '一图读懂2026义乌市政府工作报告',
      kind: 'work-report',
      horizon: 2026,
    });
  });

  it('accepts an entry with only a file name', () => {
    expect(parseManifest('[{"file": "a.txt"}]', 'm.json')).toEqual([{ file: 'a.txt' }]);
  });

  it('names the path of a wrongly typed value', () => {
    const error = manifestError('[{"file": "a.txt"}, {"file": "b.txt", "horizon": "2025"}]');
    expect(error.code).toBe('MANIFEST_INVALID');
    expect(error.message).toMatch(/^m\.json: \[1\]\.horizon: /u);
  });

  it('rejects an unknown kind, a bad date and a two-digit horizon', () => {
    expect(manifestError('[{"file": "a.txt", "kind": "plan"}]').message).toContain(
      '[0].kind: expected one of five-year-plan',
    );
    expect(manifestError('[{"file": "a.txt", "date": "2025-02-30"}]').message).toContain(
      '[0].date',
    );
    expect(manifestError('[{"file": "a.txt", "horizon": 25}]').message).toContain('[0].horizon');
  });

  it('rejects a misspelt key instead of dropping it', () => {
    expect(manifestError('[{"file": "a.txt", "horizn": 2025}]').message).toContain('horizn');
  });

  it('rejects a missing file name and a non-array', () => {
    expect(manifestError('[{"title": "x"}]').message).toContain('[0].file');
    expect(manifestError('{"file": "a.txt"}').message).toContain('(top level)');
  });

  it('rejects two entries for one base name', () => {
    const error = manifestError('[{"file": "a.txt"}, {"file": "sub/a.txt"}]');
    expect(error.message).toContain('[1].file: duplicate of entry [0]');
  });

  it('reports JSON syntax errors as MANIFEST_INVALID', () => {
    const error = manifestError('[{"file": ');
    expect(error.code).toBe('MANIFEST_INVALID');
    expect(error.message).toContain('m.json: not valid JSON');
  });
});

describe('loadManifest', () => {
  it('reports an unreadable manifest as MANIFEST_INVALID', async () => {
    await expect(loadManifest('nope.json', memoryIo())).rejects.toMatchObject({
      code: 'MANIFEST_INVALID',
      message: 'nope.json: cannot read: no such file or directory',
    });
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const io = memoryIo({ 'm.json': '\uFEFF[{"file": "a.txt", "title": "标题"}]' });
    expect(await loadManifest('m.json', io)).toEqual([{ file: 'a.txt', title: '标题' }]);
  });
});

describe('findManifestEntry and metaFromEntry', () => {
  const manifest = parseManifest(
    '[{"file": "a.txt", "title": "A", "horizon": 2025, "note": "n"}, {"file": "b.txt"}]',
    'm.json',
  );

  it('finds an entry by the base name of a path', () => {
    expect(findManifestEntry(manifest, 'some/dir/a.txt')?.title).toBe('A');
    expect(findManifestEntry(manifest, 'a.md')).toBeUndefined();
  });

  it('keeps the DocumentMeta fields and drops file and note', () => {
    const meta = metaFromEntry(findManifestEntry(manifest, 'a.txt'));
    expect(meta).toMatchObject({ title: 'A', horizon: 2025 });
    expect(meta).not.toHaveProperty('note');
    expect(meta).not.toHaveProperty('file');
    expect(metaFromEntry(undefined)).toEqual({});
  });
});
