/**
 * readDocument is total: on any string it returns a reading whose offsets
 * keep the contract (see support/offset-invariants.ts). Random strings probe
 * the grammar's corners; fixed hostile inputs probe its depth and size
 * limits. Nothing here is timed: speed is bench/worst-case.ts's job, and a
 * blow-up shows here only as the vitest timeout.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readDocument } from '../src/extract/read-document.js';
import { DOCUMENT_KINDS, type DocumentMeta } from '../src/model/document.js';
import { FIXED_INPUTS } from './support/adversarial-inputs.js';
import { offsetViolations } from './support/offset-invariants.js';
import { killRunning, offsetViolationsIsolated } from './support/run-isolated.js';
import { loadYiwuFixtures } from './support/yiwu-fixtures.js';

const corpus = loadYiwuFixtures()
  .map((f) => f.text)
  .join('\n\n');

/** Any UTF-16 code unit, so lone and reversed surrogate halves occur. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));

/** Space-separated pieces: one list per line keeps the vocabulary readable. */
const pieces = (words: string) => fc.constantFrom(...words.split(' '));

/** The pieces planning documents are made of, in the shapes that trip a grammar. */
const token = fc.oneof(
  { arbitrary: pieces('0 1 2 3 4 5 6 7 8 9 ０ １ ２ ５ ９ . ．'), weight: 6 },
  {
    arbitrary: pieces('万 亿 万亿 % ％ 年 以上 以下 左右 个百分点 亿元 万人次 平方公里'),
    weight: 4,
  },
  { arbitrary: pieces('（ ） ( ) “ ” " 「 」 《 》 ‘ ’'), weight: 3 },
  { arbitrary: fc.constantFrom('\n', '\n\n', ' ', '\u3000', '\r\n', '\t'), weight: 3 },
  { arbitrary: pieces('一、 （一） 25. 25． ## # ● —— - 1 ** - ①'), weight: 3 },
  { arbitrary: pieces('， 。 、 ； ： - ~ — 至 到 －'), weight: 3 },
  {
    arbitrary: pieces(
      '全市生产总值 达到 突破 增长 提高 下降 第 位 二〇三五 二⚪三五 十四五 翻一番 全覆盖 清零 ' +
        '每年 年均 比 从 增长至 三大 八个 “138” 建成 到2027年 以上的 两 十七',
    ),
    weight: 5,
  },
  { arbitrary: cjk, weight: 3 },
  { arbitrary: codeUnit, weight: 1 },
);

const chineseHeavy = fc.array(token, { maxLength: 400 }).map((parts) => parts.join(''));

/** A slice of a real fixture, cut anywhere, with noise spliced into it. */
const fixtureSplice = fc
  .tuple(fc.nat({ max: corpus.length }), fc.nat({ max: 3000 }), fc.nat({ max: 3000 }), chineseHeavy)
  .map(([at, length, cut, noise]) => {
    const slice = corpus.slice(at, at + length);
    const k = Math.min(cut, slice.length);
    return slice.slice(0, k) + noise + slice.slice(k);
  });

const meta: fc.Arbitrary<DocumentMeta | undefined> = fc.option(
  fc.record(
    {
      title: fc.string({ unit: 'binary', maxLength: 30 }),
      kind: fc.constantFrom(...DOCUMENT_KINDS),
      date: fc.constantFrom('2021-01-01', '2026-01-20', ''),
      horizon: fc.oneof(fc.integer({ min: 1949, max: 2100 }), fc.integer()),
      jurisdiction: fc.constantFrom('义乌市', ''),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

function expectSound(text: string, m?: DocumentMeta): void {
  const reading = m === undefined ? readDocument({ text }) : readDocument({ text, meta: m });
  expect(offsetViolations(text, reading)).toEqual([]);
}

describe('readDocument robustness', () => {
  afterEach(killRunning);

  it('survives any Unicode string (astral planes included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), meta, (text, m) =>
        expectSound(text, m),
      ),
      { numRuns: 200 },
    );
  });

  it('survives any UTF-16 sequence (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 2000 }), (text) => expectSound(text)),
      { numRuns: 200 },
    );
  });

  it('survives Chinese-heavy text full of numbers, units, brackets and list markers', () => {
    fc.assert(
      fc.property(chineseHeavy, meta, (text, m) => expectSound(text, m)),
      { numRuns: 500 },
    );
  });

  it('survives real fixture text cut anywhere and spliced with noise', () => {
    fc.assert(
      fc.property(fixtureSplice, meta, (text, m) => expectSound(text, m)),
      { numRuns: 200 },
    );
  });

  // Each in its own process, so that a runaway read fails at the vitest timeout instead of
  // holding the suite until it finishes (synchronous code cannot be interrupted in-process).
  it.each([...FIXED_INPUTS.keys()])('survives %s', async (name) => {
    expect(await offsetViolationsIsolated(name)).toEqual([]);
  });

  it('survives the empty string', () => {
    expectSound('');
  });
});
