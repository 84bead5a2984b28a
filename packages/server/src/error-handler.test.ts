import { LantuError } from '@lantu/core';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { createErrorHandler } from './error-handler.js';

/** A router whose one route throws `error`, with the server's error handler. */
function throwing(error: unknown) {
  const logged: unknown[] = [];
  const router = new Hono();
  router.onError(createErrorHandler((e) => logged.push(e)));
  router.get('/boom', () => {
    throw error;
  });
  return { router, logged };
}

describe('createErrorHandler', () => {
  it('answers a LantuError with its code, message and mapped status', async () => {
    const { router, logged } = throwing(new LantuError('NOT_FOUND', 'item x not found'));
    const res = await router.request('/boom');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'item x not found' } });
    expect(logged).toEqual([]);
  });

  it('answers an unknown error 500 INTERNAL without its message, and logs it', async () => {
    const secret = new Error('SQLITE_CORRUPT at /home/secret/path.db');
    const { router, logged } = throwing(secret);
    const res = await router.request('/boom');
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INTERNAL');
    expect(body.error.message).not.toContain('secret');
    expect(logged).toEqual([secret]);
  });

  it("keeps an INTERNAL LantuError's detail out of the response too", async () => {
    const { router, logged } = throwing(
      new LantuError('INTERNAL', 'pg: password authentication failed'),
    );
    const res = await router.request('/boom');
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain('password');
    expect(logged).toHaveLength(1);
  });

  it('keeps the status of an HTTP client error, e.g. 413, with code INPUT_INVALID', async () => {
    const { router } = throwing(new HTTPException(413, { message: 'too big' }));
    const res = await router.request('/boom');
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'INPUT_INVALID', message: 'too big' } });
  });
});
