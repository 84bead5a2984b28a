/**
 * Wall charts (the 作战图): a self-contained HTML page printed at a paper size, as PDF (one
 * or more pages of that size, fonts embedded by Chromium) or as a PNG of the whole page at
 * 96 dpi. Shares the poster's browser and its timeout handling.
 */
import { LantuError } from '@lantu/core';
import { POSTER_WIDTH } from './poster-css.js';
import { withPosterPage } from './poster-page.js';

export interface WallChartOptions {
  /** Paper width and height in millimetres; default A1 landscape (841 × 594). */
  readonly widthMm?: number;
  readonly heightMm?: number;
  readonly timeoutMs?: number;
}

const MM_TO_PX = 96 / 25.4;

export async function renderWallChart(
  html: string,
  format: 'png' | 'pdf',
  options: WallChartOptions = {},
): Promise<Uint8Array> {
  const widthMm = options.widthMm ?? 841;
  const heightMm = options.heightMm ?? 594;
  const timeoutMs = options.timeoutMs ?? 60_000;
  try {
    return await withPosterPage(timeoutMs, async (page) => {
      await page.setViewportSize({
        width: Math.round(widthMm * MM_TO_PX),
        height: Math.round(heightMm * MM_TO_PX),
      });
      try {
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready');
        if (format === 'png') return await page.screenshot({ type: 'png', fullPage: true });
        return await page.pdf({
          width: `${widthMm}mm`,
          height: `${heightMm}mm`,
          printBackground: true,
          preferCSSPageSize: true,
        });
      } finally {
        // The page goes back to the posters, which are laid out 1080 px wide.
        await page.setViewportSize({ width: POSTER_WIDTH, height: POSTER_WIDTH });
      }
    });
  } catch (error) {
    if (error instanceof LantuError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new LantuError('INTERNAL', `Wall chart rendering failed: ${reason}`, { cause: error });
  }
}
