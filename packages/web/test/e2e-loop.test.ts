/**
 * End to end, the people loop in Chromium against the real server (demo accounts on the
 * bundled corpus) and a real SMTP server started here: the supervisor assigns a 全市生产总值
 * target to 统计局 and the 快递业务量 target to 商务局 (reporting from 2026-01-01), both through
 * the board's 交办任务 dialog; each reporter sees only its own; 统计局
 * reports a figure with a PDF; the supervisor returns it with a reason; it is resubmitted
 * and accepted, and the target's status on the public scorecard changes; the overdue
 * assignment is red 逾期未报 and its 催办 reaches 商务局 by e-mail. Screenshots desktop + phone.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from './support/build-web.js';
import { launchChromium } from './support/chromium.js';
import { freePort } from './support/free-port.js';
import { startServer, type RunningServer } from './support/server-process.js';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

let work: string;
let server: RunningServer;
let browser: Browser;
let smtp: SMTPServer;
const mails: { to: string; body: string }[] = [];
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

interface Row {
  readonly item: {
    id: string;
    metric: string;
    kind: string;
    value: number | null;
    unit: string | null;
    year: number | null;
  };
  readonly status: { status: string };
}

async function newPage(viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

async function open(page: Page, hash: string): Promise<void> {
  // A fresh load each time: going to the same hash again would keep stale data.
  await page.goto('about:blank');
  await page.goto(`${server.url}/${hash}`);
  await page.locator('main h1').first().waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  expect(pageErrors, `${name}: errors in the page`).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, `loop-${name}.png`), fullPage: true });
}

function demoPassword(): string {
  const match = /演示\s+\S+\s+\S+@lantu\.demo\s+(\S+)/u.exec(server.output());
  if (!match?.[1]) throw new Error(`no demo password printed:\n${server.output()}`);
  return match[1];
}

async function signIn(page: Page, email: string): Promise<void> {
  await open(page, '#/sign-in');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(demoPassword());
  await page.getByRole('button', { name: '登录' }).last().click();
  await expect.poll(() => page.url()).not.toContain('sign-in');
}

async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([m, p, b]) => {
      const response = await fetch(p, {
        method: m,
        headers: { 'content-type': 'application/json' },
        ...(b === undefined ? {} : { body: b }),
      });
      return (await response.json()) as T;
    },
    [method, path, body === undefined ? undefined : JSON.stringify(body)] as const,
  );
}

/** Every scorecard row of Yiwu, read in pages of 200 (the most one request gets). */
async function scorecardRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += 200) {
    const response = await fetch(
      `${server.url}/api/scorecard?jurisdiction=${encodeURIComponent('义乌市')}&limit=200&offset=${offset}`,
    );
    const page = (await response.json()) as { rows: Row[]; total: number };
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= page.total) return rows;
  }
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  work = await mkdtemp(join(tmpdir(), 'lantu-web-loop-'));
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
        callback();
      });
    },
  });
  const smtpPort = await freePort();
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  const webDist = join(work, 'dist');
  await buildWeb(webDist);
  server = await startServer({
    dbFile: join(work, 'lantu.sqlite'),
    webDist,
    env: {
      LANTU_SMTP_HOST: '127.0.0.1',
      LANTU_SMTP_PORT: String(smtpPort),
      LANTU_SUPERVISION_CRON: '*/2 * * * * *',
      LANTU_ATTACHMENTS_DIR: join(work, 'attachments'),
    },
  });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the people loop in the browser', { timeout: 180_000 }, () => {
  it('assign → report with PDF → return → resubmit → accept → status; overdue is red and mailed', async () => {
    const rows = await scorecardRows();
    // The 2026 growth target of 全市生产总值 (7%), not yet due: a figure accepted for 2026 moves it.
    const candidate = rows.find(
      (r) => r.item.kind === 'target' && r.item.metric.includes('生产总值') && r.item.year === 2026,
    );
    const express = rows.find((r) => r.item.kind === 'target' && r.item.metric.includes('快递'));
    if (!candidate || !express)
      throw new Error('the corpus lacks the 2026 生产总值 target or a 快递 target');
    const year = candidate.item.year ?? 2025;

    const supervisor = await newPage();
    await signIn(supervisor, 'supervisor@lantu.demo');
    const units = await api<{ id: string; name: string }[]>(supervisor, 'GET', '/api/units');
    const unitId = (name: string) => units.find((u) => u.name === name)?.id ?? '';

    // The supervisor assigns both targets through the board's 交办任务 dialog: 生产总值 to
    // 统计局 (yearly), 快递 to 商务局 (quarterly, reporting from 2026-01-01, so it is overdue).
    const assignThroughDialog = async (a: {
      readonly label: string;
      readonly metric: string;
      readonly unit: string;
      readonly due: string;
      readonly start?: string;
      readonly frequency: string;
      readonly shotName?: string;
    }): Promise<void> => {
      await open(supervisor, '#/board');
      await supervisor.getByRole('button', { name: '交办任务' }).click();
      const assignDialog = supervisor.getByRole('dialog');
      await assignDialog.getByLabel('目标/指标').fill(a.metric);
      await supervisor.locator(`.ant-select-item-option[title="${a.label}"]`).first().click();
      await assignDialog.getByLabel('牵头单位').click();
      await supervisor.locator(`.ant-select-item-option[title="${a.unit}"]`).last().click();
      await assignDialog.getByLabel('完成时限').fill(a.due);
      await assignDialog.getByLabel('完成时限').press('Enter');
      if (a.start !== undefined) {
        await assignDialog.getByLabel('开始日期（不填为今天）').fill(a.start);
        await assignDialog.getByLabel('开始日期（不填为今天）').press('Enter');
      }
      await assignDialog.getByLabel('填报频次').click();
      await supervisor.locator(`.ant-select-item-option[title="${a.frequency}"]`).last().click();
      if (a.shotName !== undefined) await shot(supervisor, a.shotName);
      await assignDialog
        .getByRole('button', { name: '交 办' })
        .or(assignDialog.getByRole('button', { name: '交办' }))
        .click();
      await expect.poll(() => supervisor.getByRole('dialog').count()).toBe(0);
    };
    await assignThroughDialog({
      label: `${candidate.item.metric}（${year}年）`,
      metric: candidate.item.metric,
      unit: '统计局',
      due: `${year}-12-31`,
      frequency: '年报',
      shotName: 'assign-dialog',
    });
    await assignThroughDialog({
      label: `${express.item.metric}${express.item.year ? `（${express.item.year}年）` : ''}`,
      metric: express.item.metric,
      unit: '商务局',
      due: '2026-12-31',
      start: '2026-01-01',
      frequency: '季报',
    });
    const assigned = await api<
      {
        subject_id: string;
        lead_unit_id: string;
        start_date: string;
        due_date: string;
        frequency: string;
      }[]
    >(supervisor, 'GET', '/api/assignments');
    const byUi = assigned.find((a) => a.lead_unit_id === unitId('统计局'));
    expect(byUi).toMatchObject({ due_date: `${year}-12-31`, frequency: 'yearly' });
    expect(assigned.find((a) => a.lead_unit_id === unitId('商务局'))).toMatchObject({
      subject_id: express.item.id,
      start_date: '2026-01-01',
      due_date: '2026-12-31',
      frequency: 'quarterly',
    });
    // The dialog lists targets by metric and year; the one picked is the target followed below.
    const gdp = rows.find((r) => r.item.id === byUi?.subject_id);
    if (!gdp) throw new Error('the dialog assigned no target of the scorecard');
    expect(gdp.item.metric).toBe(candidate.item.metric);
    const before = gdp.status.status;

    await open(supervisor, '#/board');
    await expect.poll(() => supervisor.locator('.ant-table-row').count()).toBeGreaterThan(1);
    await shot(supervisor, 'board-desktop');

    // Each reporter sees only its own, the overdue one red 逾期未报.
    const commerce = await newPage(PHONE);
    await signIn(commerce, 'commerce@lantu.demo');
    await open(commerce, '#/tasks');
    await expect.poll(() => commerce.locator('.ant-table-row').count()).toBe(1);
    expect(await commerce.locator('.ant-table-row').first().textContent()).toContain('快递');
    expect(await commerce.locator('[data-light="red"]').first().textContent()).toBe('逾期未报');
    await shot(commerce, 'tasks-phone');

    const stats = await newPage();
    await signIn(stats, 'stats@lantu.demo');
    await open(stats, '#/tasks');
    await expect.poll(() => stats.locator('.ant-table-row').count()).toBe(1);
    expect(await stats.locator('.ant-table-row').first().textContent()).not.toContain('快递');

    // 统计局 reports with a PDF.
    const pdf = join(work, '统计公报.pdf');
    await writeFile(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await stats.getByRole('button', { name: '填报' }).first().click();
    const dialog = stats.getByRole('dialog');
    await dialog.getByLabel('数值').fill(String((gdp.item.value ?? 1) * 0.5));
    await dialog.getByLabel('进展情况').fill('全年完成情况（初报）');
    await dialog.locator('input[type=file]').setInputFiles(pdf);
    await shot(stats, 'report-form');
    await dialog.getByRole('button', { name: '报送' }).click();
    await expect.poll(() => stats.getByRole('dialog').count()).toBe(0);

    // The supervisor returns it with a reason.
    await open(supervisor, '#/board');
    await supervisor.getByRole('button', { name: '采纳 / 退回' }).first().click();
    await supervisor.getByRole('dialog').getByLabel('退回理由').fill('与统计公报不一致');
    await supervisor.getByRole('dialog').getByRole('button', { name: '退回' }).click();
    await expect.poll(() => supervisor.getByRole('dialog').count()).toBe(0);

    // 统计局 sees the reason and resubmits.
    await open(stats, '#/tasks');
    await expect.poll(() => stats.locator('.ant-table-row').count()).toBe(1);
    await expect.poll(() => stats.locator('.returned-alert').count()).toBe(1);
    expect(await stats.locator('.returned-alert').textContent()).toContain('与统计公报不一致');
    await shot(stats, 'returned');
    await stats.locator('.returned-alert').getByRole('button', { name: '重新报送' }).click();
    const again = stats.getByRole('dialog');
    await again.getByLabel('数值').fill(String(Math.round((gdp.item.value ?? 1) * 11) / 10));
    await again.getByRole('button', { name: '重新报送' }).click();
    await expect.poll(() => stats.getByRole('dialog').count()).toBe(0);

    // Accepted: the figure becomes an observation and the public status changes.
    await open(supervisor, '#/board');
    await supervisor.getByRole('button', { name: '采纳 / 退回' }).first().click();
    await expect
      .poll(() => supervisor.getByRole('dialog').locator('.history-entry').count())
      .toBeGreaterThan(2);
    await shot(supervisor, 'review-history');
    await supervisor.getByRole('dialog').getByRole('button', { name: '采纳' }).click();
    await expect.poll(() => supervisor.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(
        async () => (await scorecardRows()).find((r) => r.item.id === gdp.item.id)?.status.status,
      )
      .not.toBe(before);

    // The overdue 快递业务量 assignment is urged by e-mail to 商务局 (one digest).
    await expect
      .poll(() => mails.filter((m) => m.to === 'commerce@lantu.demo').length, { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(mails.filter((m) => m.to === 'commerce@lantu.demo')).toHaveLength(1);

    await open(commerce, '#/inbox');
    await expect.poll(() => commerce.locator('.ant-list-item').count()).toBeGreaterThan(0);
    await shot(commerce, 'inbox-phone');
  });
});
