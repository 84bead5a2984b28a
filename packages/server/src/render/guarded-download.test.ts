import { describe, expect, it } from 'vitest';
import { guardedDownload } from './guarded-download.js';

async function* pieces(n: number, fail = false): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < n; i += 1) {
    await Promise.resolve();
    yield new Uint8Array([i]);
  }
  if (fail) throw new Error('the store went away');
}

function counted() {
  const calls = { release: 0, logged: [] as unknown[] };
  return {
    calls,
    guard: {
      release: () => void (calls.release += 1),
      logError: (error: unknown) => void calls.logged.push(error),
    },
  };
}

describe('guardedDownload', () => {
  it('passes every piece on and frees the slot once at the end', async () => {
    const { calls, guard } = counted();
    const got: number[] = [];
    for await (const piece of guardedDownload(pieces(3), guard)) got.push(piece[0] ?? -1);
    expect(got).toEqual([0, 1, 2]);
    expect(calls.release).toBe(1);
  });

  it('frees the slot once when the client cancels, before the first piece too', async () => {
    const { calls, guard } = counted();
    const early = guardedDownload(pieces(3), guard)[Symbol.asyncIterator]();
    await early.return?.();
    await early.return?.();
    expect(calls.release).toBe(1);
  });

  it('logs a failure under way, frees the slot and ends the transfer broken', async () => {
    const { calls, guard } = counted();
    const read = async (): Promise<void> => {
      for await (const piece of guardedDownload(pieces(2, true), guard)) void piece;
    };
    await expect(read()).rejects.toThrow('the store went away');
    expect(calls.release).toBe(1);
    expect(calls.logged).toHaveLength(1);
  });

  it('drops a client that stops taking pieces, and fails it when it comes back', async () => {
    const { calls, guard } = counted();
    const it = guardedDownload(pieces(3), { ...guard, idleMs: 20 })[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls.release).toBe(1);
    await expect(it.next()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await it.return?.();
    expect(calls.release).toBe(1);
    expect(calls.logged).toEqual([]);
  });
});
