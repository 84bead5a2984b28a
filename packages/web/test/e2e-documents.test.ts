/**
 * End to end in Chromium against the real server: the reviewer uploads a document through
 * the 上传文档 card at #/figures — it is read and previewed (metadata pre-filled from the
 * text, counts, first items) and nothing is stored until 确认保存; a cancelled preview
 * stores nothing; the stored document is replaced by a new version (a confirmed item keeps
 * its decision) and deleted after a confirmation. Screenshots at 1440×900 and 390×844.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from './support/build-web.js';
import { launchChromium } from './support/chromium.js';
import { startServer, type RunningServer } from './support/server-process.js';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

let work: string;
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

const PLAN = [
  '# 某县2026年政府工作报告',
  '',
  '## 一、2026年主要预期目标',
  '',
  '地区生产总值增长6%左右，一般公共预算收入增长5%以上。',
  '到2026年，建成海外仓10个。',
].join('\n');

async function newPage(viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  await context.addInitScript({
    content: `if (location.protocol.startsWith('http')) localStorage.setItem('lantu.lang', 'zh');`,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${server.url}/${hash}`);
  await page.locator('main h1').first().waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  expect(pageErrors, `${name}: errors in the page`).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, `documents-${name}.png`), fullPage: true });
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/`);
  const status = await page.evaluate(
    async (e) =>
      (
        await fetch('/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: e, password: 'lantu-demo-2026' }),
        })
      ).status,
    email,
  );
  expect(status).toBe(200);
}

async function documentTitles(): Promise<string[]> {
  const response = await fetch(`${server.url}/api/documents?limit=200`);
  return ((await response.json()) as { title: string }[]).map((d) => d.title);
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  work = await mkdtemp(join(tmpdir(), 'lantu-web-documents-'));
  const webDist = join(work, 'dist');
  await buildWeb(webDist);
  server = await startServer({ dbFile: join(work, 'lantu.sqlite'), webDist, env: {} });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('document upload in the browser', { timeout: 360_000 }, () => {
  it('read → preview → confirm; cancel stores nothing; replace keeps decisions; delete', async () => {
    const file = join(work, '某县2026年政府工作报告.md');
    await writeFile(file, PLAN);
    const before = await documentTitles();
    const reviewer = await newPage();
    await signIn(reviewer, 'reviewer@lantu.demo');
    await open(reviewer, '#/figures');
    const chooser = reviewer.locator('input[type=file][accept^=".pdf"]').first();

    // Read and cancel: the preview shows what was read, nothing is stored.
    await chooser.setInputFiles(file);
    await reviewer.getByText('读取结果预览（尚未保存）').waitFor({ timeout: 60_000 });
    expect(await reviewer.locator('.document-preview').textContent()).toContain('地区生产总值');
    expect(await reviewer.locator('input#title').inputValue()).toBe('某县2026年政府工作报告');
    await shot(reviewer, 'preview-desktop-zh');
    await reviewer
      .getByRole('button', { name: '取 消' })
      .or(reviewer.getByRole('button', { name: '取消' }))
      .click();
    await expect.poll(() => reviewer.locator('.document-preview').count()).toBe(0);
    expect(await documentTitles()).toEqual(before);

    // Read and confirm: stored.
    await chooser.setInputFiles(file);
    await reviewer.getByText('读取结果预览（尚未保存）').waitFor({ timeout: 60_000 });
    await reviewer.getByRole('button', { name: '确认保存' }).click();
    await reviewer.getByText('已读取并保存').waitFor({ timeout: 60_000 });
    expect(await documentTitles()).toContain('某县2026年政府工作报告');
    const row = reviewer.locator('.stored-documents .ant-list-item', {
      hasText: '某县2026年政府工作报告',
    });
    await row.waitFor();
    await shot(reviewer, 'stored-desktop-zh');

    // Confirm one item through the API, then replace with a new version from the list.
    const id = await reviewer.evaluate(async () => {
      const docs = (await (await fetch('/api/documents?limit=200')).json()) as {
        id: string;
        title: string;
      }[];
      return docs.find((d) => d.title === '某县2026年政府工作报告')?.id ?? '';
    });
    const confirmed = await reviewer.evaluate(async (docId) => {
      const view = (await (await fetch(`/api/documents/${docId}`)).json()) as {
        items: { id: string }[];
      };
      const first = view.items[0]?.id ?? '';
      return (await fetch(`/api/items/${first}/confirm`, { method: 'POST' })).status;
    }, id);
    expect(confirmed).toBe(200);
    const v2 = join(work, '某县2026年政府工作报告-修订.md');
    await writeFile(v2, `${PLAN}\n城乡居民收入增长6%。`);
    await row.locator('input[type=file]').setInputFiles(v2);
    // (a notice with the text, not the container's text: a message may still be showing)
    await expect
      .poll(
        () =>
          reviewer
            .locator('.ant-message-notice', { hasText: '已替换为新版本：保留 1 条审核结论' })
            .count(),
        { timeout: 60_000 },
      )
      .toBeGreaterThan(0);

    // Delete after the confirmation.
    await row.getByRole('button', { name: /删\s*除/u }).click();
    await reviewer
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/u })
      .click();
    await expect
      .poll(() => reviewer.locator('.ant-message-notice', { hasText: '已删除' }).count())
      .toBeGreaterThan(0);
    await expect.poll(documentTitles).toEqual(before);

    const phone = await newPage(PHONE);
    await signIn(phone, 'reviewer@lantu.demo');
    await open(phone, '#/figures');
    await phone.locator('input[type=file][accept^=".pdf"]').first().setInputFiles(file);
    await phone.getByText('读取结果预览（尚未保存）').waitFor({ timeout: 60_000 });
    await shot(phone, 'preview-phone-zh');
  });
});
