/**
 * End to end: the built web app, served by the real Lantu server over a fresh SQLite store
 * holding the bundled Yiwu corpus, driven in Debian's Chromium. Every page gets a screenshot
 * (packages/web/test-results/screenshots/, ignored by git) and an axe-core check that fails
 * on serious or critical violations.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DocumentSummary,
  DocumentView,
  Overview,
  Scorecard,
  StoredItem,
} from '../src/api/types.js';
import { CHART_COLOURS, TONE_COLOURS } from '../src/indicator/chart-option.js';
import { runAxe, seriousViolations } from './support/axe.js';
import { buildWeb } from './support/build-web.js';
import { launchChromium } from './support/chromium.js';
import { pngSize } from './support/png-size.js';
import { startServer, type RunningServer } from './support/server-process.js';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

/** What a bounding box serialises to (DOM types are not loaded in this file). */
interface DOMRectLike {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

let work: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Uncaught errors in the page; each screenshot check asserts there are none. */
const pageErrors: string[] = [];

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${server.url}/api${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function open(hash: string): Promise<void> {
  await page.goto(`${server.url}/${hash}`);
  await page.locator('main h1').first().waitFor();
}

/**
 * Screenshot plus accessibility check of what is on screen now. The reader's text is long,
 * so its screenshots show the window only.
 */
async function checkPage(name: string, fullPage = true): Promise<void> {
  expect(pageErrors, `${name}: errors in the page`).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
  const serious = seriousViolations(await runAxe(page));
  expect(serious, `${name}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

async function yiwuPlan(): Promise<DocumentSummary> {
  const documents = await api<DocumentSummary[]>('/documents');
  const plan = documents.find((d) => d.title.includes('（三至七）'));
  if (!plan)
    throw new Error(`no 三至七 plan proposal among ${documents.map((d) => d.title).join(', ')}`);
  return plan;
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  work = await mkdtemp(join(tmpdir(), 'lantu-web-e2e-'));
  const webDist = join(work, 'dist');
  await buildWeb(webDist);
  server = await startServer({ dbFile: join(work, 'lantu.sqlite'), webDist });
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await signInAsDemoReviewer();
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 240_000);

/**
 * Review needs a signed-in reviewer: the browser gets the session cookie of the bundled
 * demo store's reviewer (printed at start as 演示账号), as if they had signed in.
 */
async function signInAsDemoReviewer(): Promise<void> {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: 'reviewer@lantu.demo', password: 'lantu-demo-2026' }),
  });
  if (!response.ok) throw new Error(`demo reviewer sign-in: ${response.status}`);
  const cookies = response.headers.getSetCookie().map((header) => {
    const [pair = ''] = header.split(';');
    const [name = '', ...value] = pair.split('=');
    return {
      name,
      value: value.join('='),
      url: server.url,
      httpOnly: true,
      sameSite: 'Lax' as const,
    };
  });
  await context.addCookies(cookies);
}

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('Lantu web app on the Yiwu corpus', { timeout: 90_000 }, () => {
  it('overview: counts by status, headline indicators, frameworks', async () => {
    const overview = await api<Overview>('/overview');
    await open('#/');
    const missedCard = page.locator('a.status-card[data-status="missed"]');
    await expect
      .poll(() => missedCard.locator('.status-card-count').textContent())
      .toBe(String(overview.totals.missed));
    await expect.poll(() => missedCard.textContent()).toContain('未完成');
    for (const word of ['已完成', '按序时推进', '滞后', '严重滞后', '未到期', '暂无数据']) {
      expect(await page.locator('.status-counts').textContent()).toContain(word);
    }
    expect(await page.locator('.kpi-grid').textContent()).toContain('2693.3亿元');

    const framework = page.locator('li.framework', { hasText: '八个典范' }).first();
    await framework.locator('summary').click();
    await expect.poll(() => framework.locator('ol').textContent()).toContain('全球市场典范');
    await checkPage('overview');

    // The framework's link opens the reader with the passage marked.
    await framework.getByRole('link', { name: '在原文中查看' }).click();
    await expect.poll(() => page.locator('mark.hl-found').count()).toBeGreaterThan(0);
    expect((await page.locator('mark.hl-found').allTextContents()).join('')).toContain('八个典范');
  });

  it('scorecard: filtering to missed targets finds 快递量 and opens its source', async () => {
    await open('#/scorecard');
    await page.locator('select[name="status"]').selectOption('missed');
    await expect.poll(() => page.url()).toContain('status=missed');
    const rows = page.locator('table.scorecard tbody tr');
    await expect.poll(async () => (await rows.all()).length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('tr[data-status]:not([data-status="missed"])').count())
      .toBe(0);
    const express = rows.filter({ hasText: '快递量' });
    expect(await express.count()).toBe(1);

    await express.getByRole('button', { name: /原文/ }).click();
    const dialog = page.getByRole('dialog', { name: '原文出处' });
    await expect.poll(() => dialog.locator('mark').textContent()).toContain('快递量');
    await checkPage('scorecard-source');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await checkPage('scorecard');
  });

  it('scorecard: the Excel export has the filtered rows and reads back', async () => {
    await open('#/scorecard?status=missed');
    await page.locator('table.scorecard tbody tr').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Excel' }).click(),
    ]);
    const file = join(work, 'scorecard.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // The filter is in the file name, a summary sheet comes first, then the table.
    expect(download.suggestedFilename()).toContain('未完成');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '目标清单']);
    const sheet = workbook.getWorksheet('目标清单');
    if (!sheet) throw new Error('the export has no 目标清单 worksheet');
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
    expect(cells.some((text) => text.includes('快递量'))).toBe(true);
    const missed = await api<Scorecard>('/scorecard?status=missed');
    expect(sheet.actualRowCount).toBe(missed.total + 1); // a header row, then one row per target
  });

  it('reader: a correction is saved and survives a reload', async () => {
    const plan = await yiwuPlan();
    const view = await api<DocumentView>(`/documents/${plan.id}`);
    const gdp = view.items.find(
      (i) => i.kind === 'target' && i.metric.includes('生产总值') && i.value === 2000,
    );
    if (!gdp) throw new Error('no 全市生产总值 2000亿元 target in the plan');

    await open(`#/documents/${plan.id}`);
    await page.locator(`mark[data-item-id="${gdp.id}"]`).first().click();
    const panel = page.locator(`section.item-panel[data-item-id="${gdp.id}"]`);
    await expect.poll(() => panel.locator('.review-state').textContent()).toContain('待审核');
    await checkPage('reader', false);

    await panel.getByRole('button', { name: '更正' }).click();
    await panel.getByLabel('数值').fill('2100');
    await panel.getByLabel('年份').fill('2025');
    await checkPage('reader-correcting', false);
    await panel.getByRole('button', { name: '保存更正' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('已更正');

    await page.reload();
    const reloaded = page.locator(`section.item-panel[data-item-id="${gdp.id}"]`);
    await expect.poll(() => reloaded.locator('.review-state').textContent()).toContain('已更正');
    const fields = await reloaded.locator('dl.fields').textContent();
    expect(fields).toContain('数值≥2100亿元');
    expect(fields).toContain('折算2100亿元'); // the base value the reader sent with the correction
    await reloaded.getByText('修改历史', { exact: true }).click();
    // The history names the signed-in reviewer, not a name typed into the page.
    await expect
      .poll(() => reloaded.locator('.history li').first().textContent())
      .toContain('发改局审核员（演示）');

    const stored = (await api<DocumentView>(`/documents/${plan.id}`)).items.find(
      (i) => i.id === gdp.id,
    );
    expect(stored).toMatchObject<Partial<StoredItem>>({
      value: 2100,
      base_value: 210_000_000_000,
      base_unit: '元',
      review_state: 'corrected',
    });
  });

  it('reader: rejecting an item strikes it through after a reload', async () => {
    const plan = await yiwuPlan();
    const view = await api<DocumentView>(`/documents/${plan.id}`);
    // Not a target: the later tests still count the scorecard's targets.
    const candidate = view.items.find((i) => i.kind !== 'target' && i.review_state === 'extracted');
    if (!candidate) throw new Error('no reported figure or milestone to reject');
    await open(`#/documents/${plan.id}?item=${candidate.id}`);
    const panel = page.locator(`section.item-panel[data-item-id="${candidate.id}"]`);
    await panel.getByRole('button', { name: '驳回' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('已驳回');
    await page.reload();
    await expect
      .poll(() =>
        page.locator(`mark[data-item-id="${candidate.id}"]`).first().getAttribute('class'),
      )
      .toContain('review-rejected');
  });

  it('search: 海外仓 finds items and text, and a hit opens the reader', async () => {
    await open('#/search');
    await page.getByLabel('在文件和识别条目中搜索').fill('海外仓');
    await page.getByRole('button', { name: '搜索' }).click();
    const hits = page.locator('ol.search-results > li');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    const marks = await page.locator('.hit-snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((text) => text === '海外仓')).toBe(true);
    await checkPage('search');

    await page.locator('li[data-hit-type="item"] a').first().click();
    await expect.poll(() => page.url()).toMatch(/#\/documents\/[^?]+\?item=/);
    await expect.poll(() => page.locator('section.item-panel').textContent()).toContain('海外');
  });

  it('indicator: GDP chart with target line and required path; points open their sources', async () => {
    await open('#/indicators/gdp');
    // The default is now the current plan's (十四五, 2025) target, already met, so no path is
    // still required (issue 12 point 1); the 2035 target shows the required path.
    const targets = page.locator('select').first();
    const later = await targets
      .locator('option', { hasText: '2035' })
      .first()
      .getAttribute('value');
    await targets.selectOption(later ?? '');
    const chart = page.getByTestId('indicator-chart');
    await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(3);
    const chartText = await chart.locator('svg').textContent();
    expect(chartText).toContain('实际');
    expect(chartText).toContain('目标');
    expect(chartText).toContain('所需路径');
    expect(await chart.getAttribute('aria-label')).toContain('地区生产总值');
    await checkPage('indicator-gdp');

    // A click on an actual point opens the sentence the figure was read from. The points are
    // the 10 px circles drawn in the actual series' colour below the legend.
    const chartBox = await chart.boundingBox();
    // A string, not a function: this file is also type-checked without DOM types.
    const points = await page.evaluate<{ fill: string | null; box: DOMRectLike }[]>(
      `[...document.querySelectorAll('[data-testid="indicator-chart"] svg path')].map((p) => ({
        fill: p.getAttribute('fill'),
        box: p.getBoundingClientRect().toJSON(),
      }))`,
    );
    const point = points.find(
      (p) =>
        // A figure's dot takes its status colour now (issue 12 point 1): the 2025 GDP is ahead.
        (p.fill === CHART_COLOURS.actual || p.fill === TONE_COLOURS.ahead) &&
        p.box.width <= 12 &&
        p.box.width >= 6 &&
        chartBox !== null &&
        p.box.y > chartBox.y + 40,
    );
    if (!point) throw new Error(`no actual point drawn: ${JSON.stringify(points)}`);
    await page.mouse.click(point.box.x + point.box.width / 2, point.box.y + point.box.height / 2);
    await expect.poll(() => page.url()).toMatch(/#\/documents\/[^?]+\?item=/);
    await page.locator('section.item-panel').waitFor();
    expect(await page.locator('section.item-panel').textContent()).toContain('生产总值');

    await open('#/indicators/gdp');
    const source = page.locator('table.plain-table a[href*="item="]').first();
    const href = await source.getAttribute('href');
    await source.click();
    await expect.poll(() => page.url()).toContain(href ?? '#/documents/');
    await page.locator('section.item-panel').waitFor();
  });

  it('lists: documents and indicators pages', async () => {
    await open('#/documents');
    await page.locator('table.plain-table tbody tr').first().waitFor();
    expect(await page.locator('table.plain-table tbody tr').count()).toBe(5);
    await checkPage('documents');
    await open('#/indicators');
    await page.getByRole('link', { name: '地区生产总值', exact: true }).waitFor();
    await checkPage('indicators');
  });

  it('poster: previews the 一图读懂 and downloads a 1080 px wide PNG', async () => {
    await open('#/poster');
    const frame = page.frameLocator('iframe.poster-frame');
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 30_000 }).toMatch(/\S/);
    expect(await page.locator('iframe.poster-frame').getAttribute('src')).toContain('format=html');
    await checkPage('poster');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('link', { name: '下载 PNG' }).click(),
    ]);
    const file = join(work, 'poster.png');
    await download.saveAs(file);
    expect(pngSize(await readFile(file)).width).toBe(1080);
  });

  it('keyboard: the skip link comes first and focus is visible', async () => {
    await page.goto('about:blank'); // a fresh load: in-app navigation moves focus to the heading
    await open('#/scorecard');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('跳到主要内容');
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe(
      'solid',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.name')).toBe('status');
  });

  it('phone: the scorecard fits a 390 px screen and the reader panel is reachable', async () => {
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      await phone.goto(`${server.url}/#/scorecard`);
      await phone.locator('table.scorecard tbody tr').first().waitFor();
      const overflow = await phone.evaluate(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.screenshot({ path: join(SCREENSHOTS, 'phone-scorecard.png') });

      const plan = await yiwuPlan();
      await phone.goto(`${server.url}/#/documents/${plan.id}`);
      await phone.locator('mark[data-kind="target"]').first().tap();
      const panel = phone.locator('aside.reader-panel');
      await panel.waitFor();
      expect(await panel.isVisible()).toBe(true);
      const box = await panel.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(845);
      await phone.screenshot({ path: join(SCREENSHOTS, 'phone-reader.png') });
    } finally {
      await phone.close();
    }
  });

  it('English: the switch translates the UI and is remembered', async () => {
    await open('#/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('a.status-card[data-status="missed"]').textContent()).toContain(
      'missed',
    );
    await page.reload();
    await page.getByRole('link', { name: 'Scorecard' }).waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Overview');
    await checkPage('overview-en');
    await open('#/scorecard?status=missed');
    await expect.poll(() => page.locator('table.scorecard').textContent()).toContain('missed');
    await checkPage('scorecard-en');
  });
});
