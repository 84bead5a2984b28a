/** Opens HTML in the package's shared browser, as renderPoster does, for checks in the page. */
import type { Page } from 'playwright-core';
import { posterBrowser } from '../../src/chromium.js';
import { POSTER_WIDTH } from '../../src/poster-css.js';

export async function withPage<T>(html: string, use: (page: Page) => Promise<T>): Promise<T> {
  const browser = await posterBrowser(30_000);
  const context = await browser.newContext({
    viewport: { width: POSTER_WIDTH, height: POSTER_WIDTH },
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    return await use(page);
  } finally {
    await context.close();
  }
}
