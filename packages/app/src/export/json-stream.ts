import type { Scorecard, ScorecardRow } from '../types.js';

/** Characters gathered before a chunk is handed on. */
const CHUNK_CHARS = 64 * 1024;

/**
 * `JSON.stringify(scorecard, null, 2)` written row by row: the same bytes, without the
 * whole scorecard (or its text) in memory. `head` is the scorecard without its rows.
 */
export async function* jsonChunks(
  head: Omit<Scorecard, 'rows'>,
  rows: AsyncIterable<ScorecardRow> | Iterable<ScorecardRow>,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const { as_of, ...rest } = head;
  const shell = JSON.stringify({ as_of, rows: [], ...rest }, null, 2);
  const hole = shell.indexOf('\n  "rows": []') + '\n  "rows": ['.length;
  let text = shell.slice(0, hole);
  let first = true;
  for await (const row of rows) {
    // A row two levels deep: every line of its own indented form moves in by four spaces
    // (a JSON string never holds a raw line break, so every \n is between lines).
    text += `${first ? '' : ','}\n    ${JSON.stringify(row, null, 2).replace(/\n/gu, '\n    ')}`;
    first = false;
    if (text.length >= CHUNK_CHARS) {
      yield encoder.encode(text);
      text = '';
    }
  }
  yield encoder.encode(`${text}${first ? '' : '\n  '}${shell.slice(hole)}\n`);
}
