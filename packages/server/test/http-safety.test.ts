import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/create-server.js';
import { IMMUTABLE_CACHE } from '../src/static/serve-web.js';
import { signIn } from './support/sign-in.js';
import { errorOf, openTestServer, type TestServer } from './yiwu-server.js';

const INDEX = '<!doctype html><title>Lantu 蓝图</title><div id="root"></div>';
const SCRIPT = `console.log(${JSON.stringify('蓝图'.repeat(800))});`;

let t: TestServer;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'lantu-web-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'assets', 'app-abc123.js'), SCRIPT);
  await writeFile(join(dist, 'assets', 'app-abc123.js.br'), brotliCompressSync(SCRIPT));
  await writeFile(join(dist, 'assets', 'app-abc123.js.gz'), gzipSync(SCRIPT));
  t = await openTestServer({ empty: true, webDist: dist, uploadsPerMinute: 2 });
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

describe('security headers', () => {
  it('are on pages, API answers and errors alike', async () => {
    for (const path of ['/', '/api/health', '/api/no-such-route', '/api/items/nope/history']) {
      const res = await t.server.request(path);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'self'");
      expect(csp, path).toContain("object-src 'none'");
      const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scripts, path).toBe("'self'");
    }
  });
});

describe('the Host allowlist (DNS rebinding)', () => {
  it('answers loopback names', async () => {
    for (const host of ['localhost:8080', '127.0.0.1', '[::1]:8080']) {
      const res = await t.server.request('/api/health', { headers: { host } });
      expect(res.status, host).toBe(200);
    }
  });

  it('refuses any other Host with 403 and changes nothing', async () => {
    const res = await t.server.request('http://evil.example:8080/api/health');
    expect(res.status).toBe(403);
    expect(errorOf(await res.json()).code).toBe('FORBIDDEN');
    const before = (await t.app.documents()).length;
    const form = new FormData();
    form.append('file', new File(['到2026年，建成海外仓10个。'], 'x.md'));
    const upload = await t.server.request('http://rebound.example/api/documents', {
      method: 'POST',
      body: form,
    });
    expect(upload.status).toBe(403);
    expect((await t.app.documents()).length).toBe(before);
  });

  it('answers configured names, and any name with *', async () => {
    const named = createServer({
      app: t.app,
      accounts: t.accounts,
      allowedHosts: ['lantu.example.gov.cn'],
    });
    expect((await named.request('http://lantu.example.gov.cn/api/health')).status).toBe(200);
    expect((await named.request('http://localhost/api/health')).status).toBe(403);
    const any = createServer({ app: t.app, accounts: t.accounts, allowedHosts: ['*'] });
    expect((await any.request('http://whatever.example/api/health')).status).toBe(200);
  });
});

describe('body limits', () => {
  it('refuses a JSON body over the limit with 413 before reading it', async () => {
    const small = createServer({ app: t.app, accounts: t.accounts, bodyLimitBytes: 1024 });
    const res = await small.request('/api/items/any/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ actor: 'x'.repeat(4096) }),
    });
    expect(res.status).toBe(413);
    expect(errorOf(await res.json()).code).toBe('FILE_TOO_LARGE');
  });
});

describe('the upload rate limit', () => {
  it('answers 429 with Retry-After once a client has sent its uploads for the minute', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    // Uploading is the planning office's: a signed-in reviewer.
    const { headers } = await signIn(t, 'reviewer');
    for (let i = 0; i < 3; i += 1) {
      const form = new FormData();
      form.append('file', new File([`到2026年，建成海外仓${i + 10}个。`], `plan-${i}.md`));
      last = await t.server.request('/api/documents', { method: 'POST', body: form, headers });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 2).every((s) => s === 201 || s === 422)).toBe(true);
    expect(statuses[2]).toBe(429);
    expect(last && errorOf(await last.json()).code).toBe('RATE_LIMITED');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('compression and caching', () => {
  it('sends hashed assets precompressed and cached for a year', async () => {
    const br = await t.server.request('/assets/app-abc123.js', {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    const gz = await t.server.request('/assets/app-abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await t.server.request('/assets/app-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('has index.html revalidated on every visit', async () => {
    const res = await t.server.request('/documents/abc');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe(INDEX);
  });

  it('tags API answers and answers 304 to If-None-Match', async () => {
    const first = await t.server.request('/api/indicators');
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^(W\/)?"/);
    const again = await t.server.request('/api/indicators', {
      headers: { 'if-none-match': tag ?? '' },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('gzips API answers the client accepts compressed', async () => {
    const res = await t.server.request('/api/indicators', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
  });
});
