/**
 * End to end (issue 11): the plan view with its roll-up by responsible unit, the 作战图 by
 * units × quarters, the comparison page and the promise history on the indicator page, in
 * Chromium against the real server over the Yiwu store, at 1440×900 and 390×844.
 * Two targets are assigned first (as the supervision office would), so the unit roll-up and
 * the map's unit rows have something to show. Screenshots in
 * packages/web/test-results/screenshots/plans-*.png.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from './support/build-web.js';
import { launchChromium } from './support/chromium.js';
import { startServer, type RunningServer } from './support/server-process.js';
import { signInAs } from './support/sessions.js';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const PLAN = 'cn-zj-jh-yw-2021-2025';
/** A field title of the 十四五 proposal, printed over three lines of a newspaper column. */
const WHOLE_TITLE =
  '九、打好高铁义乌站为关键的交通牌，构建三大交通走廊交汇中心，打造全国性综合交通枢纽';
const CUT_TITLE = '九、打好高铁义乌站为关键的交';

let work: string;
let server: RunningServer;
let browser: Browser;
let leadUnits: string[] = [];

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${server.url}/api${path}`, init);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Assigns the plan's first two targets to the first two units, as the supervision office. */
async function assignTwoTargets(): Promise<string[]> {
  const supervisor = await signInAs(server.url, 'supervisor@lantu.demo');
  const units = await api<{ id: string; name: string }[]>('/units', {
    headers: { cookie: supervisor.cookie },
  });
  const evaluation = await api<{ rows: { item_id: string; kind: string }[] }>(`/plans/${PLAN}`);
  const targets = evaluation.rows.filter((row) => row.kind === 'target').slice(0, 2);
  // Two departments (the demo store's units under 市政府).
  const chosen = units.slice(1, 3);
  for (const [index, target] of targets.entries()) {
    const unit = chosen[index];
    if (unit === undefined) throw new Error('the demo store has fewer than two units');
    await api('/assignments', {
      method: 'POST',
      headers: supervisor.json,
      body: JSON.stringify({
        subject: { type: 'item', id: target.item_id },
        lead_unit_id: unit.id,
        due_date: '2026-12-31',
        frequency: 'quarterly',
      }),
    });
  }
  return chosen.map((unit) => unit.name);
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  work = await mkdtemp(join(tmpdir(), 'lantu-web-plans-'));
  const webDist = join(work, 'dist');
  await buildWeb(webDist);
  server = await startServer({ dbFile: join(work, 'lantu.sqlite'), webDist });
  browser = await launchChromium();
  leadUnits = await assignTwoTargets();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('plans, the 作战图 and the comparison', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`shows the unit roll-up, the map by units × quarters and the comparison (${name})`, async () => {
      const page = await browser.newPage({ viewport });
      try {
        await page.goto(`${server.url}/#/plans/${PLAN}`);
        const byUnit = page.getByRole('heading', { name: '按责任单位' });
        await byUnit.waitFor({ timeout: 60_000 });
        for (const unit of leadUnits) {
          await expect(page.getByText(unit, { exact: false }).first().isVisible()).resolves.toBe(
            true,
          );
        }
        // The plan's fields by their whole titles (the proposal prints them over lines).
        await expect(
          page.getByText(WHOLE_TITLE.slice(2), { exact: false }).count(),
        ).resolves.toBeGreaterThan(0);
        await byUnit.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, `plans-plan-${name}.png`) });

        await page.goto(`${server.url}/#/battlemap?plan=${PLAN}`);
        const map = page.locator('table.battle-map');
        // The grid on a desktop; on a phone a list per unit, the grid kept but not shown.
        await map.waitFor({ state: 'attached', timeout: 60_000 });
        const list = page.locator('.battle-list');
        await (name === 'phone' ? list : map).waitFor({ timeout: 60_000 });
        await expect(list.isVisible()).resolves.toBe(name === 'phone');
        await expect(map.isVisible()).resolves.toBe(name === 'desktop');
        // The page itself never scrolls sideways, however busy the plan's last quarter.
        const widths = await page.locator('html').evaluate((html) => {
          // The root tsconfig type-checks tests without the DOM library.
          const root = html as unknown as { scrollWidth: number; clientWidth: number };
          return { scroll: root.scrollWidth, client: root.clientWidth };
        });
        expect(widths.scroll).toBeLessThanOrEqual(widths.client);
        if (name === 'phone') {
          const units = await list.locator('h3').allTextContents();
          expect([...units.slice(0, 2)].sort()).toEqual([...leadUnits].sort());
          expect(units.at(-1)).toBe('未交办');
        }
        // Whole field titles in the field filter, not cut at the print's line break.
        const fieldNames = await page.locator('select').first().locator('option').allTextContents();
        expect(fieldNames).toContain(WHOLE_TITLE);
        expect(fieldNames).not.toContain(CUT_TITLE);
        await expect(
          page.locator('table.battle-map thead th', { hasText: '责任单位' }).count(),
        ).resolves.toBe(1);
        await expect(page.locator('th.battle-quarter').count()).resolves.toBe(20);
        const rowNames = await page.locator('table.battle-map tbody th').allTextContents();
        expect([...rowNames.slice(0, 2)].sort()).toEqual([...leadUnits].sort());
        expect(rowNames.at(-1)).toBe('未交办');
        await page.screenshot({
          path: join(SCREENSHOTS, `plans-battlemap-${name}.png`),
          fullPage: name === 'desktop',
        });
        // The unit filter keeps one unit's row.
        await page
          .locator('select')
          .nth(1)
          .selectOption(leadUnits[0] ?? '');
        await expect
          .poll(() => page.locator('table.battle-map tbody tr').count(), { timeout: 30_000 })
          .toBe(1);

        await page.goto(`${server.url}/#/compare`);
        await page.locator('.table-scroll table.plain-table').waitFor({ timeout: 60_000 });
        await expect(
          page.locator('.table-scroll table.plain-table tbody tr').count(),
        ).resolves.toBeGreaterThan(0);
        await page.screenshot({
          path: join(SCREENSHOTS, `plans-compare-${name}.png`),
          fullPage: true,
        });

        await page.goto(`${server.url}/#/indicators/gdp?jurisdiction=cn-zj-jh-yw`);
        const promises = page.getByRole('heading', { name: '承诺沿革' });
        await promises.waitFor({ timeout: 60_000 });
        await expect(
          page.locator('.promise-events li[data-kind="changed"]').count(),
        ).resolves.toBeGreaterThan(0);
        await promises.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, `plans-promises-${name}.png`) });
      } finally {
        await page.close();
      }
    }, 240_000);
  }
});
