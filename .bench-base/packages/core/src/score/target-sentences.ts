import { LantuError } from '../errors.js';
import { COMPARATORS, type Comparator } from '../model/item.js';
import { stripSpace } from './fuzzy-text.js';
import type { ComparableItem } from './item-fields.js';
import { sameNumber } from './numbers.js';

/** What a careful reader takes out of one published target sentence. */
export interface ExpectedTarget {
  readonly metric: string;
  readonly value: number;
  readonly value_max: number | null;
  readonly unit: string | null;
  readonly comparator: Comparator;
  /** The words that qualify the figure (`左右`, `以内`, `以上`, `力争`), null when none. */
  readonly qualifier: string | null;
  readonly year: number;
}

/** One sentence of a national or provincial work report, read alone with its report's metadata. */
export interface TargetSentence {
  readonly sentence: string;
  readonly title: string;
  readonly date: string;
  readonly jurisdiction: string;
  readonly expected: ExpectedTarget;
}

/**
 * True when the reading of the sentence holds a target with the expected
 * value (and value_max), unit, comparator and year. The qualifier is judged
 * through the comparator it implies (左右 → `~`, 以内 → `<=`, 以上 → `>=`);
 * qualifiers without a comparator of their own (力争, 预期) only require that
 * the figure is read as a target. The metric name is not judged here: the
 * corpus scores judge names.
 */
export function readsAsExpectedTarget(
  items: readonly ComparableItem[],
  expected: ExpectedTarget,
): boolean {
  return items.some(
    (i) =>
      i.kind === 'target' &&
      sameNumber(i.value, expected.value) &&
      sameNumber(i.value_max, expected.value_max) &&
      sameUnit(i.unit, expected.unit) &&
      i.comparator === expected.comparator &&
      i.year === expected.year,
  );
}

/** How many sentences were read right, out of how many. */
export interface SentenceRate {
  readonly right: number;
  readonly total: number;
  /** The sentences read wrong, for the report. */
  readonly wrong: readonly TargetSentence[];
}

/** Scores sentences given a reader that reads one sentence with its metadata. */
export function scoreTargetSentences(
  sentences: readonly TargetSentence[],
  read: (s: TargetSentence) => readonly ComparableItem[],
): SentenceRate {
  const wrong = sentences.filter((s) => !readsAsExpectedTarget(read(s), s.expected));
  return { right: sentences.length - wrong.length, total: sentences.length, wrong };
}

/**
 * Checks parsed JSON against the sentence file's shape (an array of
 * TargetSentence) and throws LantuError INPUT_INVALID naming the first bad path.
 */
export function parseTargetSentences(json: unknown, source = 'target-sentences'): TargetSentence[] {
  if (!Array.isArray(json)) bad(source, 'an array', json);
  return json.map((entry: unknown, i): TargetSentence => {
    const path = `${source}[${i}]`;
    const e = record(entry, path);
    const x = record(e['expected'], `${path}.expected`);
    const comparator = x['comparator'];
    if (typeof comparator !== 'string' || !COMPARATORS.includes(comparator as Comparator)) {
      bad(`${path}.expected.comparator`, COMPARATORS.join(' | '), comparator);
    }
    return {
      sentence: text(e, 'sentence', path),
      title: text(e, 'title', path),
      date: text(e, 'date', path),
      jurisdiction: text(e, 'jurisdiction', path),
      expected: {
        metric: text(x, 'metric', `${path}.expected`),
        value: num(x, 'value', `${path}.expected`),
        value_max:
          x['value_max'] === undefined || x['value_max'] === null
            ? null
            : num(x, 'value_max', `${path}.expected`),
        unit: textOrNull(x, 'unit', `${path}.expected`),
        comparator: comparator as Comparator,
        qualifier: textOrNull(x, 'qualifier', `${path}.expected`),
        year: num(x, 'year', `${path}.expected`),
      },
    };
  });
}

function sameUnit(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return stripSpace(a.normalize('NFKC')) === stripSpace(b.normalize('NFKC'));
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    bad(path, 'an object', value);
  return value as Record<string, unknown>;
}

function text(r: Record<string, unknown>, key: string, path: string): string {
  const v = r[key];
  if (typeof v !== 'string') bad(`${path}.${key}`, 'a string', v);
  return v;
}

function textOrNull(r: Record<string, unknown>, key: string, path: string): string | null {
  const v = r[key];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') bad(`${path}.${key}`, 'a string or null', v);
  return v;
}

function num(r: Record<string, unknown>, key: string, path: string): number {
  const v = r[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) bad(`${path}.${key}`, 'a number', v);
  return v;
}

function bad(path: string, expected: string, got: unknown): never {
  const shown = got === undefined ? 'nothing' : JSON.stringify(got);
  throw new LantuError('INPUT_INVALID', `${path}: expected ${expected}, got ${shown}`);
}
