import type { Item } from '../../model/item.js';
import { type NormalizedText, originalEnd, originalStart } from '../text/normalize.js';
import type { Sentences } from './sentences.js';
import { isWhiteSpace } from '../text/char-classes.js';

/** The marks a bulleted list entry opens with. */
export const BULLET = /^[\s●•·■◆▪○\-*—]+/;
/** BULLET's marks besides white space: most sentences fail on their first character. */
const BULLET_MARKS = new Set([...'●•·■◆▪○-*—'].map((ch) => ch.charCodeAt(0)));

function mayOpenBullet(code: number): boolean {
  return isWhiteSpace(code) || BULLET_MARKS.has(code);
}

/**
 * The sentences of a document as target-list-aims reads them: for each, the targets
 * (numeric items with a year, sorted by start) that lie in it, and whether it is a bulleted
 * entry or writes its time. Kept in typed arrays and worked out on demand: a 10 MB document
 * has some 300,000 sentences, and an object, an array and two regex tests for each cost a
 * twentieth of its reading while only the sentences near a target list are ever asked.
 */
export class ListSentences {
  readonly count: number;
  private readonly firstTarget: Int32Array;
  private readonly targetCount: Int32Array;
  /** Per sentence: 0 not yet known, else 1 | 2 when bulleted | 4 when timed. */
  private readonly flags: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly sentences: Sentences,
    norm: NormalizedText,
    private readonly targets: readonly Item[],
    private readonly writtenTime: RegExp,
  ) {
    this.count = sentences.count;
    this.firstTarget = new Int32Array(sentences.count);
    this.targetCount = new Int32Array(sentences.count);
    this.flags = new Uint8Array(sentences.count);
    let t = 0;
    for (let i = 0; i < sentences.count; i++) {
      // Sentences are never empty, so the span's ends map one by one.
      const origStart = originalStart(norm, this.start(i));
      const origEnd = originalEnd(norm, this.end(i));
      while (t < targets.length && (targets[t]?.start ?? 0) < origStart) t++;
      let k = t;
      while (k < targets.length && (targets[k]?.start ?? Infinity) < origEnd) k++;
      this.firstTarget[i] = t;
      this.targetCount[i] = k - t;
    }
  }

  start(i: number): number {
    return this.sentences.start[i] ?? 0;
  }

  end(i: number): number {
    return this.sentences.end[i] ?? 0;
  }

  /** The targets in sentence `i`, in text order. */
  targetsOf(i: number): readonly Item[] {
    const count = this.targetCount[i] ?? 0;
    if (count === 0) return [];
    const first = this.firstTarget[i] ?? 0;
    return this.targets.slice(first, first + count);
  }

  hasTargets(i: number): boolean {
    return (this.targetCount[i] ?? 0) > 0;
  }

  /** The year of the last target in sentence `i`. */
  lastTargetYear(i: number): number | null {
    const count = this.targetCount[i] ?? 0;
    if (count === 0) return null;
    return this.targets[(this.firstTarget[i] ?? 0) + count - 1]?.year ?? null;
  }

  firstTargetYear(i: number): number | null {
    if ((this.targetCount[i] ?? 0) === 0) return null;
    return this.targets[this.firstTarget[i] ?? 0]?.year ?? null;
  }

  bullet(i: number): boolean {
    return (this.flagsOf(i) & 2) !== 0;
  }

  /** The sentence writes its time (`到2025年`, `今年`) or introduces a year's target list. */
  timed(i: number): boolean {
    return (this.flagsOf(i) & 4) !== 0;
  }

  private flagsOf(i: number): number {
    const known = this.flags[i] ?? 0;
    if (known !== 0) return known;
    const body = this.text.slice(this.start(i), this.end(i));
    const bullet = mayOpenBullet(body.charCodeAt(0)) && BULLET.test(body);
    const flags = 1 | (bullet ? 2 : 0) | (this.writtenTime.test(body) ? 4 : 0);
    this.flags[i] = flags;
    return flags;
  }
}
