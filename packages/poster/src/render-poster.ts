/**
 * Poster output: the HTML itself, or Chromium's rendering of it — a PNG exactly 1080 CSS px
 * wide (device scale 1) and as long as the page, or a PDF of one page that size.
 */
import { LantuError } from '@lantu/core';
import type { Page } from 'playwright-core';
import { closePosterBrowser } from './chromium.js';
import { POSTER_WIDTH } from './poster-css.js';
import { posterHtml } from './poster-html.js';
import { posterModel } from './poster-model.js';
import { withPosterPage } from './poster-page.js';
import type { PosterInput, PosterLang } from './types.js';

export type PosterFormat = 'html' | 'png' | 'pdf';

export interface RenderPosterOptions {
  /** Default `zh`. */
  readonly lang?: PosterLang;
  /** Limit for launching the browser and rendering, in ms; default 30 000. */
  readonly timeoutMs?: number;
}

export interface RenderedPoster {
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const CONTENT_TYPES: Readonly<Record<PosterFormat, string>> = {
  html: 'text/html; charset=utf-8',
  png: 'image/png',
  pdf: 'application/pdf',
};

/** The page's full height in CSS px, once the fonts it uses are ready. */
async function pageHeight(page: Page): Promise<number> {
  // A string, not a function: this package compiles without the DOM library.
  const height: unknown = await page.evaluate(
    'document.fonts.ready.then(() => Math.ceil(document.documentElement.scrollHeight))',
  );
  if (typeof height !== 'number' || !(height > 0)) {
    throw new LantuError('INTERNAL', 'The poster page has no height.');
  }
  return height;
}

async function renderInBrowser(
  html: string,
  format: 'png' | 'pdf',
  timeoutMs: number,
): Promise<Uint8Array> {
  return withPosterPage(timeoutMs, async (page) => {
    await page.setContent(html, { waitUntil: 'load' });
    const height = await pageHeight(page);
    if (format === 'png') return page.screenshot({ type: 'png', fullPage: true });
    return page.pdf({
      width: `${POSTER_WIDTH}px`,
      height: `${height}px`,
      printBackground: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
      pageRanges: '1',
    });
  });
}

/** Rejects with LantuError INTERNAL after `ms`, replacing the browser in case it hangs. */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void closePosterBrowser();
      reject(new LantuError('INTERNAL', `Poster rendering took longer than ${ms} ms.`));
    }, ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Renders a poster: `html` (the page itself, no browser), `png` (full-page screenshot, 1080
 * px wide) or `pdf` (one page, 1080 px by the page's height). PNG and PDF share one browser
 * per process (see `closePosterBrowser`). Throws LantuError INPUT_INVALID for an unknown
 * format or invalid input, INTERNAL when Chromium is missing, fails or times out.
 */
export async function renderPoster(
  input: PosterInput,
  format: PosterFormat,
  options: RenderPosterOptions = {},
): Promise<RenderedPoster> {
  // The format often comes from a query string: check it at run time too.
  if (!Object.hasOwn(CONTENT_TYPES, format)) {
    throw new LantuError(
      'INPUT_INVALID',
      `Unknown poster format "${String(format)}": use html, png or pdf.`,
    );
  }
  const html = posterHtml(posterModel(input), { lang: options.lang ?? 'zh' });
  const contentType = CONTENT_TYPES[format];
  if (format === 'html') return { contentType, bytes: new TextEncoder().encode(html) };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const bytes = await withTimeout(renderInBrowser(html, format, timeoutMs), timeoutMs);
    return { contentType, bytes };
  } catch (error) {
    if (error instanceof LantuError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new LantuError('INTERNAL', `Poster rendering failed: ${reason}`, { cause: error });
  }
}
