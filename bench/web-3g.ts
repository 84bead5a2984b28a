/**
 * The citizen's phone on 3G (issue 12 point 10): the built app on the real server, opened in
 * Debian's Chromium at 390×844 with the network throttled through the DevTools protocol
 * (1.6 Mbps down, 750 kbps up, 300 ms round trip, the issue's figures). For each page, on a
 * cold cache and then once more warm (same browser, assets cached), it prints when the first
 * paint came, when the page was usable (its main content on screen), DOMContentLoaded, load,
 * and the bytes transferred on the wire (after compression), split by kind.
 *
 *   npm run bench:web-3g [-- --runs N] [--dist DIR] [--cpu N] [--json]
 *
 * Builds packages/web into a temporary folder unless --dist names a build. --cpu N slows the
 * page's CPU N times (DevTools' CPU throttling); default 1, as the shared machine is slow.
 * Goal (issue 12): the overview usable in under 2 s on emulated 3G.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../packages/web/test/support/chromium.js';
import { startServer } from '../packages/web/test/support/server-process.js';
import { machine, runsOption } from './lib/timing.js';

const GOAL_MS = 2000;
const PHONE = { width: 390, height: 844 };
const THREE_G = {
  offline: false,
  latency: 300,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** The pages a citizen opens first, and what on each means "usable". */
const PAGES = [
  { name: 'overview', hash: '#/', ready: '.plain-summary .summary-lead' },
  { name: 'scorecard', hash: '#/scorecard', ready: 'table.scorecard tbody tr' },
  { name: 'indicator gdp', hash: '#/indicators/gdp', ready: '[data-testid="indicator-chart"] svg' },
] as const;

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    dist: { type: 'string' },
    cpu: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const runs = runsOption(values.runs);
const cpuRate = values.cpu === undefined ? 1 : Number(values.cpu);
if (!(cpuRate >= 1)) throw new Error(`--cpu wants a number ≥ 1, got ${values.cpu}`);

interface Transfer {
  total: number;
  byKind: Record<string, number>;
  requests: number;
}

interface Visit {
  readonly page: string;
  readonly cache: 'cold' | 'warm';
  readonly firstPaintMs: number | null;
  readonly usableMs: number;
  readonly domContentLoadedMs: number;
  readonly loadMs: number;
  readonly transfer: Transfer;
}

/** Counts encoded (on-the-wire) bytes per resource kind from the DevTools network events. */
function countTransfer(cdp: CDPSession): () => Transfer {
  const kinds = new Map<string, string>();
  const transfer: Transfer = { total: 0, byKind: {}, requests: 0 };
  cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, e.type.toLowerCase()));
  cdp.on('Network.loadingFinished', (e) => {
    const kind = kinds.get(e.requestId) ?? 'other';
    transfer.total += e.encodedDataLength;
    transfer.byKind[kind] = (transfer.byKind[kind] ?? 0) + e.encodedDataLength;
    transfer.requests += 1;
  });
  return () => ({ ...transfer, byKind: { ...transfer.byKind } });
}

async function throttled(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', THREE_G);
  if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return cdp;
}

async function visit(
  context: BrowserContext,
  url: string,
  target: (typeof PAGES)[number],
  cache: Visit['cache'],
): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await throttled(page);
  const transferred = countTransfer(cdp);
  await page.goto(`${url}/${target.hash}`, { waitUntil: 'commit', timeout: 120_000 });
  // Milliseconds since navigation start when the content first exists in the DOM.
  // The page's own code is given as strings: this script is type-checked without the DOM.
  const usable = await page.waitForFunction(
    `document.querySelector(${JSON.stringify(target.ready)}) ? performance.now() : false`,
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  const usableMs = (await usable.jsonValue()) as number;
  await page.waitForLoadState('load', { timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const timings = await page.evaluate<{
    firstPaintMs: number | null;
    domContentLoadedMs: number;
    loadMs: number;
  }>(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      firstPaintMs: paint ? paint.startTime : null,
      domContentLoadedMs: nav.domContentLoadedEventEnd,
      loadMs: nav.loadEventEnd,
    };
  })()`);
  const result = { page: target.name, cache, usableMs, ...timings, transfer: transferred() };
  await page.close();
  return result;
}

const work = await mkdtemp(join(tmpdir(), 'lantu-web-3g-'));
let dist = values.dist;
if (dist === undefined) {
  dist = join(work, 'dist');
  const { build } = await import('vite');
  const { viteConfig } = await import('../packages/web/vite.config.js');
  await build({
    ...viteConfig,
    configFile: false,
    logLevel: 'warn',
    build: { ...viteConfig.build, outDir: dist, emptyOutDir: true },
  });
}
const server = await startServer({ dbFile: join(work, 'lantu.sqlite'), webDist: dist });
const browser = await launchChromium();
const visits: Visit[] = [];
try {
  for (let run = 0; run < runs; run++) {
    for (const target of PAGES) {
      // A fresh context is an empty cache; the second visit in it finds the assets cached.
      const context = await browser.newContext({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 3,
        // The app's CSP forbids eval, which the timing probes below are made of.
        bypassCSP: true,
      });
      visits.push(await visit(context, server.url, target, 'cold'));
      visits.push(await visit(context, server.url, target, 'warm'));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(work, { recursive: true, force: true });
}

/** The median visit of each page and cache state. */
function medians(): Visit[] {
  const groups = new Map<string, Visit[]>();
  for (const v of visits)
    groups.set(`${v.page}|${v.cache}`, [...(groups.get(`${v.page}|${v.cache}`) ?? []), v]);
  return [...groups.values()].map((list) => {
    const sorted = [...list].sort((a, b) => a.usableMs - b.usableMs);
    return sorted[Math.floor(sorted.length / 2)] as Visit;
  });
}

const rows = medians();
const overview = rows.find((r) => r.page === 'overview' && r.cache === 'cold');
const withinGoal = overview !== undefined && overview.usableMs < GOAL_MS;

if (values.json) {
  console.log(
    JSON.stringify(
      {
        machine: machine(),
        network: THREE_G,
        cpuRate,
        runs,
        goalMs: GOAL_MS,
        withinGoal,
        rows,
        visits,
      },
      null,
      2,
    ),
  );
} else {
  const m = machine();
  const kb = (n: number) => (n / 1024).toFixed(1);
  const ms = (n: number | null) => (n === null ? '–' : Math.round(n).toString());
  console.log(
    `web on 3G (1.6 Mbps, 300 ms RTT) · 390×844 · CPU ×${cpuRate} · ${m.cpu} · median of ${runs}\n`,
  );
  console.log(
    '| page | cache | first paint ms | usable ms | DOMContentLoaded ms | load ms | KB on the wire | requests | by kind (KB) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const kinds = Object.entries(r.transfer.byKind)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
      .join(', ');
    console.log(
      `| ${r.page} | ${r.cache} | ${ms(r.firstPaintMs)} | ${ms(r.usableMs)} | ${ms(r.domContentLoadedMs)} | ${ms(r.loadMs)} | ${kb(r.transfer.total)} | ${r.transfer.requests} | ${kinds} |`,
    );
  }
  console.log(
    `\nOverview usable on a cold cache: ${ms(overview?.usableMs ?? null)} ms (goal < ${GOAL_MS} ms) ${withinGoal ? '✓' : '✗'}`,
  );
}
