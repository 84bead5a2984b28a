/**
 * The English UI leaves no Chinese in what it writes itself (issue 12 point 9): the built app
 * on the real server over the Yiwu corpus in Debian's Chromium, switched to English, at
 * desktop (1440×900) and phone (390×844) sizes. Values, units, ranks, periods and dates are
 * checked for CJK characters in the chart's axis labels, the target picker, the indicator
 * page's values, the scorecard rows and the overview's headline figures. What stays Chinese
 * on purpose is quotation: the documents' sentences and titles, the items' own metric words
 * (marked lang="zh-CN"). Screenshots: packages/web/test-results/screenshots/english-*.png.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, seriousViolations } from './support/axe.js';
import { buildWeb } from './support/build-web.js';
import { launchChromium } from './support/chromium.js';
import { startServer, type RunningServer } from './support/server-process.js';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Chinese characters and full-width punctuation: none may be in English-UI values. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/u;

function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000, interval: 100 });
}

let work: string;
let server: RunningServer;
let browser: Browser;

async function newPage(size: (typeof SIZES)[number]): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
  });
  await context.addInitScript(`window.localStorage.setItem('lantu.lang', 'en')`);
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

async function check(page: Page, name: string): Promise<void> {
  expect((page as Page & { errors?: string[] }).errors ?? [], `${name}: page errors`).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, `english-${name}.png`), fullPage: true });
  const serious = seriousViolations(await runAxe(page));
  expect(serious, `${name}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/** Every text of the matched elements, each checked to hold no Chinese. */
async function expectNoChinese(what: string, locator: Locator, atLeast = 1): Promise<string[]> {
  const texts = (await locator.allTextContents()).map((t) => t.trim()).filter((t) => t !== '');
  expect(texts.length, `${what}: how many`).toBeGreaterThanOrEqual(atLeast);
  for (const text of texts) expect(text, `${what}: "${text}"`).not.toMatch(CJK);
  return texts;
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  work = await mkdtemp(join(tmpdir(), 'lantu-web-english-'));
  const webDist = join(work, 'dist');
  await buildWeb(webDist);
  server = await startServer({ dbFile: join(work, 'lantu.sqlite'), webDist });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe.each(SIZES)('the English UI at $name size', { timeout: 120_000 }, (size) => {
  it('writes the GDP indicator in English: axis, target picker, values, periods', async () => {
    const page = await newPage(size);
    await open(page, '#/indicators/gdp');
    const chart = page.locator('[data-testid="indicator-chart"] svg').first();
    await chart.waitFor();
    // Axis ticks, axis name, legend and the target's end label: all drawn as SVG text.
    const labels = await expectNoChinese('chart labels', chart.locator('text'), 3);
    expect(labels.join(' ')).toMatch(/\d+(\.\d+)? (bn|tn|m)\b|%/u);
    const options = await expectNoChinese('target picker', page.locator('main select option'));
    expect(options.some((o) => /2025/u.test(o))).toBe(true);
    const table = page.locator('table.plain-table').first();
    const values = await expectNoChinese(
      'indicator values',
      table.locator('td[data-label="Value"]'),
    );
    expect(values.join(' ')).toMatch(/billion yuan|%/u);
    // Ranks read as ordinals, never 第N位.
    expect(values.some((v) => /\b\d+(st|nd|rd|th)\b/u.test(v))).toBe(true);
    const years = await expectNoChinese(
      'indicator periods',
      table.locator('td[data-label="Year"]'),
    );
    expect(years.join(' ')).toMatch(/\bH1 20\d\d\b/u);
    // The source sentences are quotations of the documents and stay Chinese, marked as such.
    expect(await table.locator('td[lang="zh-CN"]').count()).toBeGreaterThan(0);
    await check(page, `indicator-gdp-${size.name}`);
    await page.context().close();
  });

  it('writes scorecard rows in English: targets, latest figures, ranks against targets', async () => {
    const page = await newPage(size);
    await open(page, '#/scorecard');
    const rows = page.locator('table.scorecard tbody tr');
    await rows.first().waitFor();
    await expectNoChinese('target values', rows.locator('.target-value'), 5);
    await expectNoChinese('latest figures', rows.locator('td[data-label="Latest"]'), 5);
    // Achieved targets: each row has a latest figure to write.
    await open(page, '#/scorecard?status=achieved');
    await poll(() =>
      page.locator('table.scorecard tbody tr[data-status="achieved"]').count(),
    ).toBeGreaterThan(0);
    await expectNoChinese('achieved targets', rows.locator('.target-value'));
    const latest = await expectNoChinese(
      'achieved figures',
      rows.locator('td[data-label="Latest"]'),
    );
    expect(latest.join(' ')).toMatch(/billion yuan|%/u);
    const explanations = await rows.locator('td.explanation').allTextContents();
    for (const text of explanations) expect(text, 'explanation dates').not.toMatch(ISO_DATE);
    // No status chip carries the other language's word (or the status code) as a tooltip.
    expect(await page.locator('.status-badge[title]').count()).toBe(0);
    await check(page, `scorecard-${size.name}`);

    await open(page, '#/scorecard?q=快递量');
    await poll(() => page.locator('.rank-progress').first().textContent()).toMatch(
      /^\d+(st|nd|rd|th) \(target: \d+(st|nd|rd|th)\)$/u,
    );
    await expectNoChinese('rank progress', page.locator('.rank-progress'));
    await check(page, `scorecard-rank-${size.name}`);
    await page.context().close();
  });

  it('writes the overview’s headline figures in English', async () => {
    const page = await newPage(size);
    await open(page, '#/');
    await page.locator('.kpi-card').first().waitFor();
    const values = await expectNoChinese('headline values', page.locator('.kpi-value'));
    expect(values.join(' ')).toMatch(/billion yuan|%/u);
    await expectNoChinese('headline targets', page.locator('.kpi-target-link'));
    await expectNoChinese('headline labels', page.locator('.kpi-label'));
    await check(page, `overview-${size.name}`);
    await page.context().close();
  });
});
