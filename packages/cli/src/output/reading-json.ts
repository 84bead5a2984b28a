import type { Reading } from '@lantu/core';

/**
 * The JSON text the CLI writes: 2-space indent, a final newline, and Chinese
 * left as is (JSON.stringify only escapes control characters, quotes and
 * backslashes, so nothing extra is needed to keep 地区生产总值 readable).
 */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Outline nodes plus items above which readings are written without indentation. */
export const MOST_INDENTED_PARTS = 1_000;

/**
 * Readings as JSON: indented like formatJson, except readings with more than
 * MOST_INDENTED_PARTS outline nodes and items together (documents of a megabyte or more),
 * which are written on one line. Indenting a 10 MB document's 33,000 items makes its file
 * 28 MB instead of 21 MB and, on 2 busy cores, took 1.5–2 s to format and write against
 * 0.8 s unindented (bench/README.md, cli-speed); nobody reads such a file unformatted.
 */
export function formatReadingJson(readings: Reading | readonly Reading[]): string {
  return isLarge(readings) ? `${JSON.stringify(readings)}\n` : formatJson(readings);
}

function isLarge(readings: Reading | readonly Reading[]): boolean {
  const all: readonly Reading[] = Array.isArray(readings) ? readings : [readings as Reading];
  const parts = all.reduce(
    (sum, reading) => sum + reading.outline.length + reading.items.length,
    0,
  );
  return parts > MOST_INDENTED_PARTS;
}

/**
 * Array elements stringified at a time when a reading is written in pieces: 100 items are
 * some 60 KB of JSON, under the 128 KB above which malloc maps fresh pages for each buffer
 * the write makes (500 at a time cost a 10 MB extract ~10,000 more page faults, ~0.15 s).
 */
const ELEMENTS_PER_CHUNK = 100;

/**
 * formatReadingJson's text in consecutive pieces (their concatenation is exactly it): a
 * large reading's arrays go out a hundred elements at a time, so its 20 MB of JSON
 * never exists as one string, nor as one buffer of bytes. On this machine every megabyte
 * of fresh memory costs some 3 ms of page faults; one string and its UTF-8 copy cost
 * a 10 MB extract about 0.3 s.
 */
export function* readingJsonChunks(readings: Reading | readonly Reading[]): Generator<string> {
  if (!isLarge(readings)) {
    yield formatJson(readings);
    return;
  }
  yield* jsonChunks(readings);
  yield '\n';
}

/** JSON.stringify(value) in pieces: plain objects and long arrays are walked, the rest stringified. */
function* jsonChunks(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    const elements: readonly unknown[] = value;
    if (elements.length <= ELEMENTS_PER_CHUNK) {
      yield JSON.stringify(elements);
      return;
    }
    yield '[';
    for (let at = 0; at < elements.length; at += ELEMENTS_PER_CHUNK) {
      // `[a,b]` without its brackets; pieces after the first start with the comma between.
      const piece = JSON.stringify(elements.slice(at, at + ELEMENTS_PER_CHUNK)).slice(1, -1);
      yield at === 0 ? piece : `,${piece}`;
    }
    yield ']';
    return;
  }
  if (isPlainObject(value)) {
    yield '{';
    let first = true;
    for (const [key, field] of Object.entries(value)) {
      // JSON.stringify leaves these keys out.
      if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      yield* jsonChunks(field);
      first = false;
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // An object with toJSON (a Date) is stringified whole, as JSON.stringify would call it.
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}
