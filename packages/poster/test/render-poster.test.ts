import { isLantuError, LantuError } from '@lantu/core';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPath, posterBrowser } from '../src/chromium.js';
import { closePosterBrowser, renderPoster, type PosterFormat } from '../src/index.js';
import { FONT_STACK } from '../src/poster-css.js';
import { pdfPages, pngSize } from './support/image-headers.js';
import { withPage } from './support/poster-page.js';
import { sampleInput } from './support/sample-input.js';

afterAll(closePosterBrowser);

async function rejection(promise: Promise<unknown>): Promise<LantuError> {
  try {
    await promise;
  } catch (error) {
    if (isLantuError(error)) return error;
    throw error;
  }
  throw new Error('Expected a rejection.');
}

async function withChromiumPath<T>(path: string | undefined, run: () => Promise<T>): Promise<T> {
  const saved = process.env['CHROMIUM_PATH'];
  if (path === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = path;
  try {
    return await run();
  } finally {
    if (saved === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = saved;
  }
}

describe('chromiumPath', () => {
  it('uses CHROMIUM_PATH, else /usr/bin/chromium, and names the fix when it is missing', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
      new LantuError('INTERNAL', 'Chromium is not installed: apt-get install chromium'),
    );
  });
});

describe('renderPoster', () => {
  it('returns the HTML as UTF-8 without starting a browser', async () => {
    await closePosterBrowser();
    const poster = await withChromiumPath('/nonexistent/chromium', () =>
      renderPoster(sampleInput(), 'html'),
    );
    expect(poster.contentType).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(poster.bytes)).toContain('一图读懂2026某市政府工作报告');
  });

  it('says how to install Chromium when it is missing', async () => {
    await closePosterBrowser();
    const error = await withChromiumPath('/nonexistent/chromium', () =>
      rejection(renderPoster(sampleInput(), 'png')),
    );
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe('Chromium is not installed: apt-get install chromium');
  });

  it('renders a PNG exactly 1080 px wide and longer than it is wide', async () => {
    const poster = await renderPoster(sampleInput(), 'png');
    expect(poster.contentType).toBe('image/png');
    const size = pngSize(poster.bytes);
    expect(size.width).toBe(1080);
    expect(size.height).toBeGreaterThan(1080);
  });

  it('renders a PDF of one page, 1080 px (810 pt) wide and as long as the PNG', async () => {
    const png = pngSize((await renderPoster(sampleInput(), 'png')).bytes);
    const poster = await renderPoster(sampleInput(), 'pdf');
    expect(poster.contentType).toBe('application/pdf');
    expect(new TextDecoder('latin1').decode(poster.bytes.subarray(0, 5))).toBe('%PDF-');
    const { pages, mediaBoxes } = pdfPages(poster.bytes);
    expect(pages).toBe(1);
    const [x0, y0, width, height] = mediaBoxes[0] ?? [];
    expect([x0, y0, width]).toEqual([0, 0, 810]);
    // 1 CSS px = 0.75 pt; Chromium rounds the page size a little, so within 2 px.
    expect(Math.abs((height ?? 0) / 0.75 - png.height)).toBeLessThanOrEqual(2);
  });

  it('reuses one browser and one warm page between renders', async () => {
    await renderPoster(sampleInput(), 'png');
    const first = await posterBrowser(30_000);
    await renderPoster(sampleInput(), 'pdf');
    expect(await posterBrowser(30_000)).toBe(first);
    // One context: the parked page's. A leak or a page not parked would change the count.
    expect(first.contexts()).toHaveLength(1);
  });

  it('launches a new browser after closePosterBrowser and parks a page in it', async () => {
    await renderPoster(sampleInput(), 'png');
    const first = await posterBrowser(30_000);
    await closePosterBrowser();
    expect(first.isConnected()).toBe(false);
    const png = await renderPoster(sampleInput(), 'png');
    expect(pngSize(png.bytes).width).toBe(1080);
    const second = await posterBrowser(30_000);
    expect(second).not.toBe(first);
    expect(second.contexts()).toHaveLength(1);
  });

  it('renders at the same time on separate pages and keeps only one afterwards', async () => {
    const posters = await Promise.all([
      renderPoster(sampleInput(), 'png'),
      renderPoster(sampleInput(), 'png', { lang: 'en' }),
      renderPoster(sampleInput(), 'pdf'),
    ]);
    expect(posters.map((p) => p.contentType)).toEqual([
      'image/png',
      'image/png',
      'application/pdf',
    ]);
    expect((await posterBrowser(30_000)).contexts()).toHaveLength(1);
  });

  it('rejects an unknown format as invalid input', async () => {
    const error = await rejection(renderPoster(sampleInput(), 'gif' as PosterFormat));
    expect(error.code).toBe('INPUT_INVALID');
  });

  it('gives up after its timeout', async () => {
    const error = await rejection(renderPoster(sampleInput(), 'png', { timeoutMs: 1 }));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/longer than 1 ms/u);
    // The browser it gave up on is replaced: the next render works.
    expect(pngSize((await renderPoster(sampleInput(), 'png')).bytes).width).toBe(1080);
  });

  it('draws Chinese glyphs with the poster fonts, not tofu boxes', async () => {
    // Missing glyphs all draw the same box, so two different characters looking the same
    // means tofu; the unassigned code points are the control that shows the check can fail.
    const page = `<!doctype html><meta charset="utf-8"><body style="margin:0;font:96px ${FONT_STACK.replaceAll('"', "'")}">
      <span id="a">义</span><span id="b">乌</span><span id="c">\u{10FFFD}</span><span id="d">\u{10FFFC}</span></body>`;
    const shots = await withPage(page, async (p) =>
      Promise.all(['a', 'b', 'c', 'd'].map((id) => p.locator(`#${id}`).screenshot())),
    );
    const [yi, wu, box1, box2] = shots.map((shot) => Buffer.from(shot).toString('base64'));
    expect(box1).toBe(box2);
    expect(yi).not.toBe(wu);
    expect(yi).not.toBe(box1);
  });
});
