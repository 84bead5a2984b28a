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
  const all: readonly Reading[] = Array.isArray(readings) ? readings : [readings as Reading];
  const parts = all.reduce(
    (sum, reading) => sum + reading.outline.length + reading.items.length,
    0,
  );
  return parts > MOST_INDENTED_PARTS ? `${JSON.stringify(readings)}\n` : formatJson(readings);
}
