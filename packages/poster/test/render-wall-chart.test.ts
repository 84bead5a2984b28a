import { afterAll, describe, expect, it } from 'vitest';
import { closePosterBrowser, renderPoster, renderWallChart } from '../src/index.js';
import { pdfPages, pngSize } from './support/image-headers.js';
import { sampleInput } from './support/sample-input.js';

afterAll(closePosterBrowser);

const HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<style>@page { size: 841mm 594mm; margin: 0 } body { margin: 0 } div { height: 100px }</style>
</head><body><div>作战图</div></body></html>`;

describe('renderWallChart', () => {
  it('prints one A1 landscape page as PDF', async () => {
    const pdf = await renderWallChart(HTML, 'pdf');
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const { pages, mediaBoxes } = pdfPages(pdf);
    expect(pages).toBe(1);
    // A1 landscape in points: 841 × 594 mm × 72 / 25.4 ≈ 2384 × 1684.
    const [, , width = 0, height = 0] = mediaBoxes[0] ?? [];
    expect(Math.round(width)).toBe(2384);
    expect(Math.round(height)).toBe(1684);
  });

  it('shoots a PNG at A1 width (96 dpi), then leaves posters at 1080 px', async () => {
    const png = await renderWallChart(HTML, 'png');
    expect(pngSize(png).width).toBe(3179);
    const poster = await renderPoster(sampleInput(), 'png');
    expect(pngSize(poster.bytes).width).toBe(1080);
  });
});
