/**
 * Wall charts (the 作战图): a self-contained HTML page printed on ONE sheet of a paper size,
 * as PDF (fonts embedded by Chromium) or as a PNG of the sheet at 96 dpi. A page larger than
 * the sheet is shrunk to fit (`fitToSheet`), never split over pages; the sheet has no
 * printer margin (the page's own padding is its white edge), so what is measured on screen
 * is what is printed. Shares the poster's browser and its timeout handling.
 */
import { LantuError } from '@lantu/core';
import { fitToSheet } from './fit-to-sheet.js';
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
      const sheet = {
        width: Math.round(widthMm * MM_TO_PX),
        height: Math.round(heightMm * MM_TO_PX),
      };
      await page.setViewportSize(sheet);
      try {
        await page.setContent(html, { waitUntil: 'load' });
        // Last in the cascade: the sheet is the paper, whatever margin the page asked for.
        await page.addStyleTag({ content: '@page { margin: 0; }' });
        await page.evaluate('document.fonts.ready');
        await fitToSheet(page, sheet.width, sheet.height);
        if (format === 'png') {
          return await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...sheet } });
        }
        return await page.pdf({
          width: `${widthMm}mm`,
          height: `${heightMm}mm`,
          margin: { top: '0', right: '0', bottom: '0', left: '0' },
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
