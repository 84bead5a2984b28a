import { open } from 'node:fs/promises';

/** Bytes gathered before one write: large enough that a 20 MB file is some 20 writes. */
const BUFFER_BYTES = 1 << 20;

/** The most bytes UTF-8 needs for one UTF-16 code unit (a surrogate pair: 4 for 2). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Writes text given as consecutive pieces to `path` as UTF-8, replacing the file. The
 * pieces are encoded into one buffer, reused for the whole file, and written a megabyte at
 * a time: fs.writeFile over the same pieces makes a fresh buffer for each one, and on this
 * machine every megabyte of fresh memory costs some 3 ms of page faults (a 10 MB extract's
 * 21 MB of JSON: 190 → 145 ms).
 */
export async function writeTextPieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  try {
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    let used = 0;
    for (const piece of pieces) {
      const most = piece.length * MAX_BYTES_PER_UNIT;
      if (used + most > BUFFER_BYTES && used > 0) {
        await file.write(buffer, 0, used);
        used = 0;
      }
      if (most > BUFFER_BYTES) {
        // A piece too big for the buffer (small readings come as one string) goes alone.
        await file.write(piece, null, 'utf8');
        continue;
      }
      used += buffer.write(piece, used, 'utf8');
    }
    if (used > 0) await file.write(buffer, 0, used);
  } finally {
    await file.close();
  }
}
