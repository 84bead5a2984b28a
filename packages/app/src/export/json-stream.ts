import type { StatusCode } from '@lantu/core';
import type { ScorecardRow } from '../types.js';

/** A list written element by element: in memory, or read as it is written. */
export type JsonList<T> = Iterable<T> | AsyncIterable<T>;

/** The scorecard without its rows, its lists of findings possibly still to be read. */
export interface JsonHead {
  readonly as_of: string;
  readonly total: number;
  readonly totals: Readonly<Record<StatusCode, number>>;
  readonly goalpost_changes: JsonList<unknown>;
  readonly retired_targets?: JsonList<unknown> | undefined;
  readonly claim_conflicts: JsonList<unknown>;
}

function isList(value: unknown): value is JsonList<unknown> {
  return (
    Array.isArray(value) ||
    (typeof value === 'object' && value !== null && Symbol.asyncIterator in value)
  );
}

/** Characters gathered before a chunk is handed on. */
const CHUNK_CHARS = 64 * 1024;

/** `JSON.stringify(value, null, 2)` placed `depth` levels deep (its lines indented). */
function indented(value: unknown, depth: number): string {
  // A JSON string never holds a raw line break, so every \n is between two lines.
  return JSON.stringify(value, null, 2).replace(/\n/gu, `\n${'  '.repeat(depth)}`);
}

/**
 * `JSON.stringify(scorecard, null, 2)` written element by element: the same bytes, without
 * the scorecard's text in memory at once. The rows are read as they are written; the lists
 * of findings are written one finding at a time (a province's can exceed the longest string
 * JavaScript can hold), as they are read when `head` reads them. `head` is the scorecard
 * without its rows.
 */
export async function* jsonChunks(
  head: JsonHead,
  rows: JsonList<ScorecardRow>,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const { as_of, ...rest } = head;
  const fields: [string, unknown][] = [
    ['as_of', as_of],
    ['rows', rows],
    ...Object.entries(rest).filter(([, value]) => value !== undefined),
  ];
  let text = '{';
  for (const [n, [key, value]] of fields.entries()) {
    text += `${n === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (isList(value)) {
      let first = true;
      text += '[';
      for await (const element of value) {
        text += `${first ? '' : ','}\n    ${indented(element, 2)}`;
        first = false;
        if (text.length >= CHUNK_CHARS) {
          yield encoder.encode(text);
          text = '';
        }
      }
      text += first ? ']' : '\n  ]';
    } else {
      text += indented(value, 1);
    }
  }
  yield encoder.encode(`${text}\n}\n`);
}
