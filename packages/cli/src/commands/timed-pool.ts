import type { ReadPool } from '@lantu/readers';
import type { Timings } from '../timings.js';

/**
 * A ReadPool that marks its reads in the run's timings: the time up to a read's start
 * (reading the file's bytes, hashing them) is `read file`, the read itself (decoding and
 * the grammar) `read`. With several files in flight the laps interleave; for one file
 * they are exact.
 */
export function timedPool(pool: ReadPool, timings: Timings): ReadPool {
  return {
    async read(bytes, fileName, meta) {
      timings.lap('read file');
      try {
        return await pool.read(bytes, fileName, meta);
      } finally {
        timings.lap('read');
      }
    },
    close: () => pool.close(),
  };
}
