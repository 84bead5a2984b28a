import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLantuError } from '@lantu/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCorpusIfEmpty, readCorpus } from '../src/bundled-corpus.js';
import { CORPUS_DIR, openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer({ empty: true });
});
afterAll(async () => {
  await t.close();
});

describe('ingestCorpusIfEmpty', () => {
  it('reads the five Yiwu documents into an empty store with their manifest titles', async () => {
    const results = await ingestCorpusIfEmpty(t.app, CORPUS_DIR);
    expect(results?.map((r) => r.ok && r.status)).toEqual(Array(5).fill('created'));
    const titles = (await t.app.documents()).map((d) => d.title);
    expect(titles).toContain('聚焦“138”，奋楫扬帆行致远');
  });

  it('leaves a store that has documents alone', async () => {
    expect(await ingestCorpusIfEmpty(t.app, CORPUS_DIR)).toBeNull();
    expect(await t.app.documents()).toHaveLength(5);
  });
});

describe('readCorpus', () => {
  it.each([
    ['not JSON', '{ nope'],
    ['a bad kind', '[{ "file": "a.txt", "kind": "poem" }]'],
  ])('fails MANIFEST_INVALID for a manifest with %s', async (_what, manifest) => {
    const dir = await mkdtemp(join(tmpdir(), 'lantu-corpus-'));
    try {
      await writeFile(join(dir, 'manifest.json'), manifest);
      const error: unknown = await readCorpus(dir).catch((e: unknown) => e);
      expect(isLantuError(error) && error.code).toBe('MANIFEST_INVALID');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
