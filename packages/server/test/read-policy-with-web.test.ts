/**
 * Reads with a policy (the admin's user list, the reviewer's figures, the supervision board)
 * are refused to visitors and wrong roles also when the server serves the web app: its
 * catch-all GET route must not be taken for the route that answers.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/sign-in.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
let webDist: string;

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'lantu-web-dist-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Lantu</title>');
  t = await openTestServer({ empty: true, webDist });
});
afterAll(async () => {
  await t.close();
  await rm(webDist, { recursive: true, force: true });
});

describe('read policies with the web app served', () => {
  it.each(['/api/admin/users', '/api/figures', '/api/supervision/board'])(
    '%s: 401 to a visitor',
    async (path) => {
      expect((await t.server.request(path)).status).toBe(401);
    },
  );

  it('403 to a reporter for the admin list and the figures', async () => {
    const reporter = await signIn(t, 'reporter');
    for (const path of ['/api/admin/users', '/api/figures']) {
      expect((await t.server.request(path, { headers: reporter.headers })).status, path).toBe(403);
    }
  });
});
