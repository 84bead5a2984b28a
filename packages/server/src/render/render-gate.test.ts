import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createErrorHandler } from '../error-handler.js';
import { RenderCache } from './render-cache.js';
import { RenderBusyError, RenderGate } from './render-gate.js';

/** A render that finishes when told to. */
function held(): { promise: Promise<string>; finish: () => void } {
  let finish = (): void => undefined;
  const promise = new Promise<string>((resolve) => {
    finish = () => resolve('done');
  });
  return { promise, finish };
}

describe('RenderGate', () => {
  it('runs at most `slots` at once, queues `queue` more, refuses the next', async () => {
    const gate = new RenderGate({ slots: 2, queue: 1, retryAfterSeconds: 7 });
    const renders = [held(), held(), held()];
    const started: number[] = [];
    const runs = renders.map((r, i) =>
      gate.run(() => {
        started.push(i);
        return r.promise;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    const refused = gate.run(() => Promise.resolve('never'));
    await expect(refused).rejects.toBeInstanceOf(RenderBusyError);
    await expect(refused).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 7 });
    renders[0]?.finish();
    await runs[0];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([0, 1, 2]);
    renders[1]?.finish();
    renders[2]?.finish();
    await Promise.all(runs);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a render fails', async () => {
    const gate = new RenderGate({ slots: 1, queue: 0 });
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(() => Promise.resolve(1))).resolves.toBe(1);
  });

  it('is answered 503 with Retry-After and a message in Chinese', async () => {
    const app = new Hono();
    app.onError(createErrorHandler(() => undefined));
    app.get('/poster', () => {
      throw new RenderBusyError(5);
    });
    const res = await app.request('/poster');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toMatch(/请 5 秒后再试/u);
  });
});

describe('RenderCache', () => {
  const file = (n: number) => ({ bytes: new Uint8Array(n), headers: { 'Content-Type': 'x' } });

  it('renders once per key and version, shares a render under way, drops all on a new version', async () => {
    const cache = new RenderCache();
    let renders = 0;
    const render = () => {
      renders += 1;
      return Promise.resolve(file(10));
    };
    const [a, b] = await Promise.all([cache.get(1, 'p', render), cache.get(1, 'p', render)]);
    expect(a).toBe(b);
    await cache.get(1, 'p', render);
    expect(renders).toBe(1);
    await cache.get(2, 'p', render);
    expect(renders).toBe(2);
  });

  it('keeps at most its files and bytes, oldest out first', async () => {
    const cache = new RenderCache(2, 100);
    let renders = 0;
    const render = (n: number) => () => {
      renders += 1;
      return Promise.resolve(file(n));
    };
    await cache.get(1, 'a', render(40));
    await cache.get(1, 'b', render(40));
    await cache.get(1, 'c', render(40)); // a goes (two files at most)
    await cache.get(1, 'b', render(40));
    expect(renders).toBe(3);
    await cache.get(1, 'a', render(40));
    expect(renders).toBe(4);
    await cache.get(1, 'big', render(500)); // over the byte bound: served, not kept
    await cache.get(1, 'big', render(500));
    expect(renders).toBe(6);
  });
});
