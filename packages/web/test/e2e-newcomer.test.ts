/**
 * What a newcomer sees (issue 12), end to end: the built app on the real server over the Yiwu
 * corpus in Debian's Chromium, each point at desktop (1440×900) and phone (390×844) sizes,
 * with screenshots in packages/web/test-results/screenshots/newcomer-*.png and axe-core at
 * zero serious or critical violations.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../src/api/types.js';
import { runAxe, seriousViolations } from './support/axe.js';
import { buildWeb } from './support/build-web.js';
import { launchChromium } from './support/chromium.js';
import { startServer, type RunningServer } from './support/server-process.js';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Waits for what the page loads (vitest's default of 1 s is too short on a shared machine). */
function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000, interval: 100 });
}

let work: string;
let server: RunningServer;
let browser: Browser;
let plan: DocumentSummary;

async function newPage(size: (typeof SIZES)[number], lang: 'zh' | 'en' = 'zh'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    acceptDownloads: true,
  });
  await context.addInitScript(`window.localStorage.setItem('lantu.lang', '${lang}')`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${server.url}/${hash}`);
  await page.locator('main h1').first().waitFor();
}

async function check(page: Page, name: string, fullPage = false): Promise<void> {
  expect((page as Page & { errors?: string[] }).errors ?? [], `${name}: page errors`).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, `newcomer-${name}.png`), fullPage });
  const serious = seriousViolations(await runAxe(page));
  expect(serious, `${name}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  work = await mkdtemp(join(tmpdir(), 'lantu-web-newcomer-'));
  const webDist = join(work, 'dist');
  await buildWeb(webDist);
  server = await startServer({ dbFile: join(work, 'lantu.sqlite'), webDist });
  browser = await launchChromium();
  const documents = (await (
    await fetch(`${server.url}/api/documents`)
  ).json()) as DocumentSummary[];
  const found = documents.find((d) => d.title.includes('（三至七）'));
  if (!found) throw new Error('no 十四五 proposal (三至七)');
  plan = found;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe.each(SIZES)('a newcomer at $name size', { timeout: 120_000 }, (size) => {
  it('1 charts: ranks as ranks, levels charted, place and period names', async () => {
    const page = await newPage(size);
    await open(page, '#/indicators/gdp');
    // The place's name arrives with its own small request, after the series.
    await poll(() => page.locator('main p.muted').first().textContent()).toContain('义乌市');
    expect(await page.locator('main p.muted').first().textContent()).not.toContain('cn-zj');
    // The 十四五 target (2025), not the 2035 vision, is charted by default.
    expect(await page.locator('select').first().locator('option:checked').textContent()).toContain(
      '2025',
    );
    const table = await page.locator('table.plain-table').textContent();
    expect(table).toContain('增速位次');
    expect(table).toContain('总量位次');
    expect(table).toContain('2025年上半年');
    expect(table).not.toContain(' H1');
    await page.locator('[data-testid="indicator-chart"] svg').first().waitFor();
    await check(page, `1-indicator-gdp-${size.name}`, true);

    await open(page, '#/indicators/exports');
    await page.getByRole('heading', { name: '总量走势' }).waitFor();
    expect(await page.locator('[data-testid="indicator-chart"]').count()).toBe(2);
    await check(page, `1-indicator-exports-${size.name}`, true);

    await open(page, '#/scorecard?q=快递量');
    await poll(() => page.locator('.rank-progress').first().textContent()).toMatch(
      /第\d+位（目标第\d+位）/,
    );
    await page.context().close();
  });

  it('2 evidence: the target and the latest figure side by side, one click from a status', async () => {
    const page = await newPage(size);
    await open(page, '#/scorecard?status=achieved');
    await page.locator('.status-button').first().click();
    const dialog = page.getByRole('dialog', { name: '原文出处' });
    await poll(() => dialog.locator('figure.evidence').count()).toBe(2);
    await poll(() =>
      dialog.locator('[data-evidence="actual"] .evidence-document').textContent(),
    ).toContain('2026');
    expect(await dialog.getByRole('link', { name: '在原文中查看' }).count()).toBe(2);
    // The one-target share card is one click further: a 1080 px PNG with the sentences.
    const share = dialog.getByRole('link', { name: '下载分享图' });
    const card = await fetch(`${server.url}${(await share.getAttribute('href')) ?? ''}`);
    expect(card.headers.get('content-type')).toBe('image/png');
    await check(page, `2-evidence-${size.name}`);
    await page.context().close();
  });

  it('3 reader: Markdown rendered, print lines reflowed, headings whole, selection above the sheet', async () => {
    const page = await newPage(size);
    const report = (
      (await (await fetch(`${server.url}/api/documents`)).json()) as DocumentSummary[]
    ).find((d) => d.title.includes('政府工作报告'));
    await open(page, `#/documents/${report?.id ?? ''}`);
    expect(await page.locator('.document-text .md-bold').count()).toBeGreaterThan(5);
    expect(await page.locator('.document-text').innerText()).not.toContain('**');
    await open(page, `#/documents/${plan.id}`);
    // The previous document's heading is on screen until the new one arrives: wait for it.
    await poll(() => page.locator('nav.outline').textContent()).toContain(
      '打好数字自贸区为核心的改革牌',
    );
    expect(await page.locator('.document-text .src-hidden').count()).toBeGreaterThan(100);
    const mark = page.locator('mark.hl').nth(20);
    await mark.click();
    await page.locator('.reader-panel').waitFor();
    await page.waitForTimeout(300);
    const clause = await mark.boundingBox();
    const sheet = await page.locator('.reader-panel').boundingBox();
    if (size.name === 'phone')
      expect((clause?.y ?? 0) + (clause?.height ?? 0)).toBeLessThanOrEqual(sheet?.y ?? 0);
    await check(page, `3-reader-${size.name}`);
    await page.context().close();
  });

  it('4 search: across line breaks, status and deadline on item hits', async () => {
    const page = await newPage(size);
    await open(page, '#/search?q=海外仓为平台');
    await poll(() => page.locator('ol.search-results li').count()).toBeGreaterThan(0);
    await open(page, '#/search?q=科教产业创新区');
    await poll(() => page.locator('ol.search-results li').count()).toBeGreaterThan(0);
    await open(page, '#/search?q=海外仓');
    await poll(() => page.locator('.hit-status').count()).toBeGreaterThan(0);
    expect(await page.locator('.hit-status').first().textContent()).toContain('期限');
    await check(page, `4-search-${size.name}`);
    await page.context().close();
  });

  it('5 poster: follows the UI language, named downloads, fits the phone', async () => {
    const page = await newPage(size, 'en');
    await open(page, '#/poster');
    const frame = page.locator('iframe.poster-frame');
    expect(await frame.getAttribute('src')).toContain('lang=en');
    const png = page.getByRole('link', { name: 'Download PNG' });
    expect(await png.getAttribute('download')).toMatch(/-poster-en\.png$/);
    const box = await frame.boundingBox();
    expect(box?.width ?? 9999).toBeLessThanOrEqual(size.width);
    await page.locator('.poster-spinner').waitFor({ state: 'detached', timeout: 30_000 });
    await check(page, `5-poster-en-${size.name}`);
    const res = await fetch(`${server.url}${(await png.getAttribute('href')) ?? ''}`);
    expect(res.headers.get('content-disposition')).toContain('poster-en.png');
    await page.context().close();
  });

  it('6 paging, counts of the filter, sort note, history and scroll restored', async () => {
    const page = await newPage(size);
    await open(page, '#/scorecard');
    await poll(() => page.locator('table.scorecard tbody tr').count()).toBe(25);
    // Every target the API counts is reachable through the pages (the count itself moves as
    // the reading improves: 167 before main's merge, 171 after).
    const { total } = (await (await fetch(`${server.url}/api/scorecard`)).json()) as {
      total: number;
    };
    expect(total).toBeGreaterThan(150);
    expect(await page.locator('nav.pager').textContent()).toContain(`共 ${total} 项`);
    expect(await page.locator('.sort-note').textContent()).toContain('已完成在最后');
    expect(
      await page.locator('.scorecard-counts span.status-card.is-zero').count(),
    ).toBeGreaterThan(0);
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    expect(height).toBeLessThan(size.name === 'phone' ? 16_000 : 6_000);
    await check(page, `6-scorecard-${size.name}`);
    await page.locator('select[name="status"]').selectOption('not-yet-due');
    await poll(() => page.url()).toContain('status=not-yet-due');
    await page.goBack();
    await poll(() => page.url()).not.toContain('status=');
    await page.evaluate('window.scrollTo(0, 1500)');
    await page.waitForTimeout(200);
    await page.evaluate(`window.location.hash = '#/documents/${plan.id}'`);
    await page.locator('.document-text').waitFor();
    await page.goBack();
    await poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(1400);
    await page.context().close();
  });

  it('7 the first screen: a plain summary, frameworks folded on a phone', async () => {
    const page = await newPage(size);
    await open(page, '#/');
    await page.locator('.plain-summary').waitFor();
    await poll(() => page.locator('.plain-summary h2').textContent()).toBe(
      '义乌市承诺了什么、进展如何',
    );
    const summaryTop = (await page.locator('.plain-summary').boundingBox())?.y ?? 9999;
    expect(summaryTop).toBeLessThan(size.height);
    const folded = await page
      .locator('details.frameworks-folded')
      .evaluate((d) => !(d as unknown as { open: boolean }).open);
    expect(folded).toBe(size.name === 'phone');
    if (size.name === 'phone')
      expect(await page.evaluate<number>('document.documentElement.scrollHeight')).toBeLessThan(
        4000,
      );
    await check(page, `7-overview-${size.name}`, true);
    await page.context().close();
  });

  it('8 page identity: a title per page, share tags from the server', async () => {
    const page = await newPage(size);
    await open(page, '#/indicators/gdp');
    await poll(() => page.title()).toContain('地区生产总值');
    await open(page, '#/scorecard');
    await poll(() => page.title()).toContain('目标清单');
    await page.goto(`${server.url}/indicators/gdp`);
    await page.locator('main h1').first().waitFor();
    expect(page.url()).toContain('/#/indicators/gdp');
    const html = await (await fetch(`${server.url}/documents/${plan.id}`)).text();
    expect(html).toContain('property="og:image"');
    expect(html).toContain(`<title>${plan.title}`);
    await check(page, `8-shared-link-${size.name}`);
    await page.context().close();
  });

  it('9 errors in the UI language, with the action that helps', async () => {
    const page = await newPage(size);
    await open(page, '#/indicators/bogus-code');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).not.toMatch(/no indicator/);
    expect(await alert.getByRole('button', { name: '重试' }).count()).toBe(0);
    expect(await alert.getByRole('link', { name: '返回概览' }).count()).toBe(1);
    await check(page, `9-error-${size.name}`);
    await page.context().close();
  });
});
