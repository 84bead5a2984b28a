/**
 * End to end: two people edit one item. The reader shows version 1; meanwhile someone
 * else corrects the item through the API. The reader's own change is then refused (409),
 * the panel shows the other person's values with a message, and the retry is saved.
 * Screenshots at 1440×900 and 390×844 in packages/web/test-results/screenshots/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, DocumentView, StoredItem } from '../src/api/types.js';
import { buildWeb } from './support/build-web.js';
import { launchChromium } from './support/chromium.js';
import { startServer, type RunningServer } from './support/server-process.js';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

let work: string;
let server: RunningServer;
let browser: Browser;

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${server.url}/api${path}`, init);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The demo reviewer's session cookie (`name=value`), signed in once (演示账号 of the bundled store). */
let cookie: string | undefined;
async function reviewerCookie(): Promise<string> {
  if (cookie !== undefined) return cookie;
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: 'reviewer@lantu.demo', password: 'lantu-demo-2026' }),
  });
  if (!response.ok) throw new Error(`demo reviewer sign-in: ${response.status}`);
  cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  return cookie;
}

/** The `skip`-th target nobody has touched yet, across the documents, with its document. */
async function untouchedTarget(skip: number): Promise<{ item: StoredItem; documentId: string }> {
  const found: { item: StoredItem; documentId: string }[] = [];
  for (const document of await api<DocumentSummary[]>('/documents')) {
    const view = await api<DocumentView>(`/documents/${document.id}`);
    for (const item of view.items) {
      if (item.kind === 'target' && item.version === 1)
        found.push({ item, documentId: document.id });
    }
  }
  const chosen = found[skip];
  if (chosen === undefined) throw new Error('not enough untouched targets');
  return chosen;
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  work = await mkdtemp(join(tmpdir(), 'lantu-web-conflict-'));
  const webDist = join(work, 'dist');
  await buildWeb(webDist);
  server = await startServer({ dbFile: join(work, 'lantu.sqlite'), webDist });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('two people change one item', () => {
  for (const [name, viewport, skip] of [
    ['desktop', { width: 1440, height: 900 }, 0],
    ['phone', { width: 390, height: 844 }, 1],
  ] as const) {
    it(`the later change is refused, shows the current item and can be retried (${name})`, async () => {
      const { item, documentId } = await untouchedTarget(skip);
      const context = await browser.newContext({ viewport });
      const [name0 = '', ...rest] = (await reviewerCookie()).split('=');
      await context.addCookies([
        { name: name0, value: rest.join('='), url: server.url, httpOnly: true, sameSite: 'Lax' },
      ]);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/#/documents/${documentId}?item=${item.id}`);
      const panel = page.locator(`section.item-panel[data-item-id="${item.id}"]`);
      await panel.waitFor();

      // Someone else corrects the item while the page still shows version 1.
      await api(`/items/${item.id}`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          'if-match': '"1"',
          origin: server.url,
          cookie: await reviewerCookie(),
        },
        body: JSON.stringify({ patch: { value: 4321 } }),
      });

      await panel.getByRole('button', { name: '确认' }).click();
      await expect.poll(() => panel.getByRole('status').textContent()).toContain('他人修改');
      await expect.poll(() => panel.locator('.review-state').textContent()).toContain('已更正');
      expect(await panel.locator('dl.fields').textContent()).toContain('4321');
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `reader-conflict-${name}.png`) });
      expect((await api<StoredItem[]>(`/items/${item.id}/history`)).length).toBe(1);

      // The retry goes from the current version and is saved.
      await panel.getByRole('button', { name: '确认' }).click();
      await expect.poll(() => panel.getByRole('status').textContent()).toContain('已确认');
      const view = await api<DocumentView>(`/documents/${documentId}`);
      expect(view.items.find((i) => i.id === item.id)).toMatchObject({
        value: 4321,
        review_state: 'confirmed',
        version: 3,
      });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
