import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, isLantuError } from '@lantu/core';
import { reportText } from '../../test/fixtures.js';
import { deepPageTreePdf } from '../../test/hostile-files.js';
import { createReadPool, type ReadPool } from './read-pool.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A small deterministic PRNG (mulberry32), so a failing case can be replayed by its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Flips, inserts, deletes or duplicates a few byte runs. */
function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  const out = Array.from(bytes);
  const edits = 1 + Math.floor(next() * 8);
  for (let e = 0; e < edits; e += 1) {
    const at = Math.floor(next() * out.length);
    const kind = Math.floor(next() * 4);
    if (kind === 0) out[at] = Math.floor(next() * 256);
    else if (kind === 1)
      out.splice(at, 0, ...Array.from({ length: 16 }, () => Math.floor(next() * 256)));
    else if (kind === 2) out.splice(at, Math.floor(next() * 64));
    else out.splice(at, 0, ...out.slice(at, at + Math.floor(next() * 512)));
  }
  return Uint8Array.from(out);
}

const text = reportText().slice(0, 4000);
const SEEDS: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'seed.txt', bytes: utf8(text) },
  {
    name: 'seed.html',
    bytes: utf8(`<html><head><title>题</title></head><body><p>${text}</p></body></html>`),
  },
  { name: 'seed.pdf', bytes: deepPageTreePdf(3) },
  {
    name: 'seed.docx',
    bytes: zipSync({
      '[Content_Types].xml': utf8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/document.xml': utf8(
        `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text.slice(0, 500)}</w:t></w:r></w:p></w:body></w:document>`,
      ),
    }),
  },
];

/** Cases per run: bounded, so the suite's time stays predictable. */
const CASES = 48;

describe('fuzzed files through the read pool', () => {
  let pool: ReadPool;
  beforeAll(() => {
    pool = createReadPool({ threads: 2, timeLimitMs: 10_000, memoryLimitMb: 256 });
  });
  afterAll(() => pool.close());

  it(`answers ${CASES} random mutations of the seed files with a result or a closed LantuError, each in time`, async () => {
    const next = random(20261204);
    const outcomes: Record<string, number> = {};
    for (let i = 0; i < CASES; i += 1) {
      const seed = SEEDS[i % SEEDS.length];
      if (seed === undefined) continue;
      const bytes = mutate(seed.bytes, next);
      const started = performance.now();
      let outcome = 'ok';
      try {
        await pool.read(bytes, seed.name, {});
      } catch (error) {
        if (!isLantuError(error))
          throw new Error(`case ${i} (${seed.name}) threw a non-LantuError`, { cause: error });
        expect(ERROR_CODES).toContain(error.code);
        expect(error.code).not.toBe('INTERNAL');
        outcome = error.code;
      }
      // The pool's own limit plus room for a worker's restart on a loaded machine.
      expect(performance.now() - started).toBeLessThan(25_000);
      outcomes[`${seed.name} ${outcome}`] = (outcomes[`${seed.name} ${outcome}`] ?? 0) + 1;
    }
    expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(CASES);
  });
});
