import type { ExportCell } from './scorecard-table.js';
import { CSV_BOM, csvLine } from './to-csv.js';

/** Characters gathered before a chunk is handed on: few writes, little held. */
const CHUNK_CHARS = 64 * 1024;

/** The CSV of to-csv.ts (BOM, CRLF, guarded cells) as chunks, written as the rows arrive. */
export async function* csvChunks(
  header: readonly string[],
  rows: AsyncIterable<readonly ExportCell[]> | Iterable<readonly ExportCell[]>,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let text = CSV_BOM + csvLine(header);
  for await (const row of rows) {
    text += csvLine(row);
    if (text.length >= CHUNK_CHARS) {
      yield encoder.encode(text);
      text = '';
    }
  }
  yield encoder.encode(text);
}
