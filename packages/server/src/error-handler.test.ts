import { LantuError } from '@lantu/core';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { createErrorHandler } from './error-handler.js';

/** A router whose one route throws `error`, with the server's error handler. */
function throwing(error: unknown) {
  const logged: unknown[] = [];
  const noticed: unknown[] = [];
  const router = new Hono();
  router.onError(
    createErrorHandler(
      (e) => logged.push(e),
      (e) => noticed.push(e),
    ),
  );
  router.get('/boom', () => {
    throw error;
  });
  return { router, logged, noticed };
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

describe('messages for people', () => {
  it('tells what is wrong with their file in Chinese, and logs the library internals', async () => {
    const internal = new LantuError(
      'FILE_UNREADABLE',
      '十五五规划.docx: not a readable DOCX file (Bug : uncompressed data size mismatch)',
    );
    const { router, logged, noticed } = throwing(internal);
    const res = await router.request('/boom');
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('FILE_UNREADABLE');
    expect(body.error.message).toContain('文件“十五五规划.docx”无法读取');
    expect(body.error.message).not.toMatch(/Bug|mismatch|DOCX file/u);
    expect(noticed).toEqual([internal]);
    expect(logged).toEqual([]);
  });

  it('answers in English when asked, and keeps a stack overflow out of a too-complex answer', async () => {
    const { router } = throwing(
      new LantuError('FILE_TOO_COMPLEX', 'deep.pdf: Maximum call stack size exceeded'),
    );
    const res = await router.request('/boom', { headers: { 'Accept-Language': 'en' } });
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/^The file "deep\.pdf" is too complex/u);
    expect(body.error.message).not.toContain('Maximum call stack');
  });

  it('says an internal error in Chinese by default, without its detail', async () => {
    const { router } = throwing(new RangeError('Maximum call stack size exceeded'));
    const res = await router.request('/boom');
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toBe('服务器内部出错，详情已记入服务器日志');
  });
});
