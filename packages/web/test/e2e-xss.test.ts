/**
 * End to end against hostile text: a document whose text and items carry `<script>`,
 * `<img onerror>` and `</style>` payloads, uploaded to the real server and shown in
 * Debian's Chromium by the reader and the poster. Every payload must arrive as text: no
 * script runs (each would set `window.__xss`), and the page keeps working under the
 * server's Content-Security-Policy.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentView, StoredItem } from '../src/api/types.js';
import { buildWeb } from './support/build-web.js';
import { launchChromium } from './support/chromium.js';
import { startServer, type RunningServer } from './support/server-process.js';
import { newSignedInUser, signInAs, type Session } from './support/sessions.js';

const SCRIPT = '<script>window.__xss="script"</script>';
const IMG = '<img src=x onerror="window.__xss=\'img\'">';
const STYLE = '</style><script>window.__xss="style"</script>';
/** A unit is at most 20 characters: markup that would show as bold if it were rendered. */
const UNIT = '<b>个</b>';

const HOSTILE = [
  `# 某县${SCRIPT}国民经济和社会发展第十五个五年规划纲要`,
  '',
  '## 一、主要目标',
  '',
  `到2030年，${IMG}全县生产总值达到3000亿元以上。`,
  `到2030年，${STYLE}建成海外仓10个。`,
  '到2030年，全县常住人口达到100万人。',
].join('\n');

let work: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let documentId: string;
/** Uncaught errors, dialogs and CSP reports in the page: each test expects none. */
const incidents: string[] = [];

async function send(
  session: Session,
  method: string,
  path: string,
  body: unknown,
): Promise<Response> {
  return fetch(`${server.url}/api${path}`, {
    method,
    headers: session.json,
    body: JSON.stringify(body),
  });
}

/** What the payloads would have set, had any of them run. */
async function xssMarker(target: Page = page): Promise<unknown> {
  return target.evaluate(() => (globalThis as { __xss?: unknown }).__xss ?? null);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'lantu-web-xss-'));
  const webDist = join(work, 'dist');
  await buildWeb(webDist);
  server = await startServer({ dbFile: join(work, 'lantu.sqlite'), webDist });

  const form = new FormData();
  form.append('file', new File([HOSTILE], 'hostile.md'));
  form.append('kind', 'five-year-plan');
  const reviewer = await signInAs(server.url, 'reviewer@lantu.demo');
  const upload = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: reviewer.form,
    body: form,
  });
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  documentId = ((await upload.json()) as { documentId: string }).documentId;

  // Item fields a person types get payloads too.
  const view = (await (
    await fetch(`${server.url}/api/documents/${documentId}`)
  ).json()) as DocumentView;
  const target = view.items.find((i: StoredItem) => i.kind === 'target');
  if (target === undefined) throw new Error('the hostile plan has no target');
  // The history shows who changed it: a user whose name is a payload.
  const hostileUser = await newSignedInUser(server.url, {
    email: 'hostile@lantu.test',
    name: `审核人${SCRIPT}`,
    role: 'reviewer',
  });
  const patched = await send(hostileUser, 'PATCH', `/items/${target.id}`, {
    patch: { metric: `指标${IMG}`, unit: UNIT },
  });
  if (!patched.ok) throw new Error(`patch: ${patched.status} ${await patched.text()}`);

  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('pageerror', (error) => incidents.push(`error: ${error.message}`));
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/iu.test(message.text())) incidents.push(`csp: ${message.text()}`);
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('hostile text stays text', () => {
  it('the reader shows the payloads as text and runs none of them', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await page.locator('main h1').first().waitFor();
    // The reader keeps every character in the DOM (some hidden, e.g. Markdown marks): a shown one.
    await page.getByText('海外仓', { exact: false }).filter({ visible: true }).first().waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('<script>window.__xss="script"</script>');
    expect(text).toContain('onerror=');
    expect(text).toContain('</style>');
    // The patched item: its panel shows the typed payloads as text too.
    const view = (await (
      await fetch(`${server.url}/api/documents/${documentId}`)
    ).json()) as DocumentView;
    const patched = view.items.find((i) => i.metric.startsWith('指标'));
    await page.goto(`${server.url}/#/documents/${documentId}?item=${patched?.id ?? ''}`);
    await page.locator('.item-panel').waitFor();
    expect(await page.locator('.item-panel').innerText()).toContain('onerror=');
    await page.waitForTimeout(300); // an <img onerror> fires once the image fails
    expect(await xssMarker()).toBeNull();
    expect(await page.locator('main img').count()).toBe(0);
    expect(incidents).toEqual([]);
  });

  it('the scorecard and search show them as text', async () => {
    // The scorecard shows pages of 25: the hostile plan's own targets.
    await page.goto(`${server.url}/#/scorecard?document=${documentId}`);
    await page.locator('main h1').first().waitFor();
    await page.getByText('onerror=', { exact: false }).first().waitFor();
    await page.goto(`${server.url}/#/search?q=${encodeURIComponent('海外仓')}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(300);
    expect(await xssMarker()).toBeNull();
    expect(incidents).toEqual([]);
  });

  it('the poster (HTML drawn by Chromium) shows them as text, under the CSP', async () => {
    const response = await page.goto(`${server.url}/api/poster?document=${documentId}&format=html`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const html = (await response?.text()) ?? '';
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(await page.locator('body').innerText()).toContain('<script>');
    await page.waitForTimeout(300);
    expect(await xssMarker()).toBeNull();
    expect(await page.locator('script, img[onerror]').count()).toBe(0);
    expect(incidents).toEqual([]);
  });

  it('the poster preview page frames it and keeps working', async () => {
    await page.goto(`${server.url}/#/poster?document=${documentId}`);
    await page.locator('iframe.poster-frame').waitFor();
    const frame = page.frameLocator('iframe.poster-frame');
    await frame.locator('body').waitFor();
    expect(await frame.locator('body').innerText()).toContain('海外仓');
    expect(await xssMarker()).toBeNull();
    expect(incidents).toEqual([]);
  });
});
