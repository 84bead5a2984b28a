import { LantuError } from '@lantu/core';

/** How long a download may wait for its client to take the next piece, by default. */
export const DEFAULT_DOWNLOAD_IDLE_MS = 60_000;

export interface DownloadGuard {
  /** Frees what the download holds (its gate slot); called once, however the download ends. */
  readonly release: () => void;
  /** Where failures go once the answer has begun and can no longer be an error answer. */
  readonly logError: (error: unknown) => void;
  /** A client that takes no piece for this long is dropped and its slot freed. */
  readonly idleMs?: number;
}

/**
 * The chunks of a download already under way, guarded. A failure now can no longer become
 * an error answer (the status and headers are sent), so it is logged and ends the transfer,
 * which the client sees as broken rather than complete. `release` runs once when the chunks
 * end, fail or are cancelled — also when cancelled before the first one, which a
 * generator's `finally` would miss — and when the client stops reading: a download held
 * open by a client that never reads would otherwise keep its slot for good, and a few such
 * clients would stop every export.
 */
export function guardedDownload(
  chunks: AsyncIterable<Uint8Array>,
  { release: releaseSlot, logError, idleMs = DEFAULT_DOWNLOAD_IDLE_MS }: DownloadGuard,
): AsyncIterable<Uint8Array> {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    releaseSlot();
  };
  return {
    [Symbol.asyncIterator]() {
      const inner = chunks[Symbol.asyncIterator]();
      let idle: ReturnType<typeof setTimeout> | undefined;
      let dropped = false;
      const stopWaiting = (): void => {
        if (idle !== undefined) clearTimeout(idle);
        idle = undefined;
      };
      const end = (): void => {
        stopWaiting();
        release();
      };
      return {
        async next() {
          stopWaiting();
          if (dropped) {
            // The client came back too late: the transfer ends broken, never short and whole.
            throw new LantuError(
              'RATE_LIMITED',
              `the download waited over ${idleMs} ms for its reader`,
            );
          }
          try {
            const step = await inner.next();
            if (step.done === true) {
              end();
              return step;
            }
            idle = setTimeout(() => {
              dropped = true;
              idle = undefined;
              release();
              void inner.return?.();
            }, idleMs);
            // A timer must not keep a stopping process alive.
            idle.unref();
            return step;
          } catch (error) {
            end();
            logError(error);
            throw error;
          }
        },
        async return() {
          end();
          await inner.return?.();
          return { done: true, value: undefined };
        },
      };
    },
  };
}
