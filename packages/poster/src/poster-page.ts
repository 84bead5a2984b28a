/**
 * Pages for rendering, kept warm: opening a page starts a renderer process (a few hundred
 * ms), so the page of the last render is kept and reused by the next. Renders at the same
 * time each get their own page; only one idle page is kept, the others are closed.
 */
import type { Browser, Page } from 'playwright-core';
import { posterBrowser } from './chromium.js';
import { POSTER_WIDTH } from './poster-css.js';

let idle: { readonly browser: Browser; readonly page: Page } | null = null;

async function openPage(browser: Browser): Promise<Page> {
  // Its own context per page, so renders running at the same time share no state (a reused
  // page only ever held an earlier poster, which setContent replaces). Offline, as a poster
  // needs nothing from the network.
  const context = await browser.newContext({
    viewport: { width: POSTER_WIDTH, height: POSTER_WIDTH },
    deviceScaleFactor: 1,
    offline: true,
  });
  const page = await context.newPage();
  // Print media would restyle the page; the PDF must look like the PNG.
  await page.emulateMedia({ media: 'screen' });
  return page;
}

async function discard(page: Page): Promise<void> {
  await page
    .context()
    .close()
    .catch(() => undefined);
}

/**
 * Runs `use` on a page of the shared browser: the idle page if there is one, else a new one.
 * The page goes back to idle after success and is closed after a failure, so a page left
 * in an odd state is never reused.
 */
export async function withPosterPage<T>(
  timeoutMs: number,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const browser = await posterBrowser(timeoutMs);
  const parked = idle;
  idle = null;
  const usable = parked !== null && parked.browser === browser && !parked.page.isClosed();
  // A page parked by a browser since closed is dropped, not kept in the slot.
  if (parked !== null && !usable) void discard(parked.page);
  const page = usable ? parked.page : await openPage(browser);
  page.setDefaultTimeout(timeoutMs);
  let result: T;
  try {
    result = await use(page);
  } catch (error) {
    await discard(page);
    throw error;
  }
  if (idle === null && browser.isConnected()) idle = { browser, page };
  else await discard(page);
  return result;
}
