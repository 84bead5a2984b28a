/**
 * A large benchmark text made of the real fixtures: their paragraphs repeated
 * in order until the wanted size, so the grammar sees realistic prose, and
 * cut only between paragraphs, so no slice ends inside a sentence.
 */
import { loadYiwuFixtures } from '../../packages/core/test/support/yiwu-fixtures.js';

/** Paragraphs (and their UTF-8 sizes) enough to fill `bytes`. */
export interface ParagraphCorpus {
  readonly paragraphs: readonly string[];
  readonly bytes: readonly number[];
}

const SEPARATOR = '\n\n';

/** Repeats the fixture paragraphs until their total UTF-8 size reaches `bytes`. */
export function buildParagraphCorpus(bytes: number): ParagraphCorpus {
  const source = loadYiwuFixtures().flatMap((f) =>
    f.text.split(/\n\s*\n/u).filter((p) => p.trim() !== ''),
  );
  const paragraphs: string[] = [];
  const sizes: number[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const p = source[i % source.length] ?? '';
    const size = Buffer.byteLength(p + SEPARATOR, 'utf8');
    paragraphs.push(p);
    sizes.push(size);
    total += size;
  }
  return { paragraphs, bytes: sizes };
}

/** The longest paragraph-aligned prefix of at most `bytes` UTF-8 bytes. */
export function sliceCorpus(corpus: ParagraphCorpus, bytes: number): string {
  let total = 0;
  let n = 0;
  while (n < corpus.paragraphs.length && total + (corpus.bytes[n] ?? 0) <= bytes) {
    total += corpus.bytes[n] ?? 0;
    n++;
  }
  return corpus.paragraphs.slice(0, n).join(SEPARATOR) + SEPARATOR;
}
