/** Per-page titles and Open Graph tags written into index.html (issue 12 point 8). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAssetsFrom } from '../src/static/page-meta.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

const INDEX =
  '<!doctype html><html><head><meta name="description" content="x" /><meta property="og:title" content="generic" /><title>蓝图 · 规划目标监测</title></head><body><div id="root"></div></body></html>';

let t: TestServer;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'lantu-page-meta-'));
  await writeFile(join(dist, 'index.html'), INDEX);
  // A public host name, allowed like a deployment would (main refuses unknown Host headers).
  t = await openTestServer({ webDist: dist, allowedHosts: ['lantu.test'] });
});
afterAll(async () => {
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

async function page(path: string): Promise<string> {
  const res = await t.server.request(`http://lantu.test${path}`);
  expect(res.status).toBe(200);
  return res.text();
}

describe('page titles and share tags', () => {
  it('name an indicator page after its indicator', async () => {
    const html = await page('/indicators/gdp');
    expect(html).toContain('<title>地区生产总值 · 蓝图 · 规划目标监测</title>');
    expect(html).toContain(
      '<meta property="og:title" content="地区生产总值 · 蓝图 · 规划目标监测" />',
    );
    expect(html).not.toContain('content="generic"');
  });

  it('give a document page its title and its poster as the share image', async () => {
    const documents = (await (
      await t.server.request('http://lantu.test/api/documents')
    ).json()) as {
      id: string;
      title: string;
    }[];
    const doc = documents[0];
    if (!doc) throw new Error('no documents');
    const html = await page(`/documents/${doc.id}`);
    expect(html).toContain(`<title>${doc.title} · 蓝图 · 规划目标监测</title>`);
    expect(html).toContain(
      `<meta property="og:image" content="http://lantu.test/api/poster?document=${doc.id}&amp;format=png" />`,
    );
  });

  it('tell every section apart and leave unknown paths as they are', async () => {
    const titles = new Set<string>();
    for (const path of ['/scorecard', '/indicators', '/documents', '/search', '/poster']) {
      titles.add(/<title>([^<]*)<\/title>/.exec(await page(path))?.[1] ?? '');
    }
    expect(titles.size).toBe(5);
    expect(await page('/indicators/no-such-code')).toBe(INDEX);
    expect(await page('/documents/abc/items')).toBe(INDEX);
  });

  it("point the build's relative asset links back up from a page path", () => {
    const html = '<script src="./assets/a.js"></script><link href="./favicon.svg" />';
    expect(withAssetsFrom(html, '/indicators/gdp')).toBe(
      '<script src="../assets/a.js"></script><link href="../favicon.svg" />',
    );
    expect(withAssetsFrom(html, '/scorecard')).toBe(html);
  });

  it('escape what goes into the page', async () => {
    const html = await page('/indicators/%3Cscript%3E');
    expect(html).not.toContain('<script>');
  });
});
