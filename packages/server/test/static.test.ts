import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/create-server.js';
import { errorOf, openTestServer, type TestServer } from './yiwu-server.js';

const INDEX = '<!doctype html><title>Lantu 蓝图</title><div id="root"></div>';

let t: TestServer;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'lantu-web-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'assets', 'app.js'), 'console.log("lantu");');
  t = await openTestServer({ empty: true, webDist: dist });
});
afterAll(async () => {
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

describe('the web app at /', () => {
  it('serves index.html at /', async () => {
    const res = await t.server.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe(INDEX);
  });

  it('serves built files as they are', async () => {
    const res = await t.server.request('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toBe('console.log("lantu");');
  });

  it('answers client-side routes with index.html', async () => {
    const res = await t.server.request('/documents/abc/items?x=1');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX);
  });

  it('leaves /api to the API: routes answer, unknown ones are JSON 404s', async () => {
    expect(await (await t.server.request('/api/health')).json()).toMatchObject({ ok: true });
    const res = await t.server.request('/api/not-a-route');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('refuses paths that climb out of the build folder', async () => {
    const res = await t.server.request('/..%2f..%2fetc/passwd');
    expect(await res.text()).not.toContain('root:');
  });
});

describe('without a build', () => {
  it('answers / with a 404 that says how to build the web app', async () => {
    const server = createServer({
      app: t.app,
      accounts: t.accounts,
      webDist: join(dist, 'missing'),
    });
    const res = await server.request('/');
    expect(res.status).toBe(404);
    const error = errorOf(await res.json());
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('npm run build -w @lantu/web');
  });
});
