/**
 * The poster of the real Yiwu fixture 003 (一图读懂2026义乌市政府工作报告), rendered by
 * Chromium and saved to test-results/posters/ (gitignored) for people to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureText } from '../src/figures.js';
import {
  closePosterBrowser,
  posterHtml,
  posterModel,
  renderPoster,
  type PosterInput,
  type PosterLang,
  type PosterModel,
} from '../src/index.js';
import { pdfPages, pngSize } from './support/image-headers.js';
import { layoutReport } from './support/layout-check.js';
import { withPage } from './support/poster-page.js';
import { yiwuPosterInput } from './support/yiwu-poster-input.js';

const OUT = new URL('../../../test-results/posters/', import.meta.url);
/** Long-image practice: WeChat takes images up to about 5 MB (china-users.md §4). */
const MAX_BYTES = 5 * 1024 * 1024;

let input: PosterInput;
let model: PosterModel;

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
  input = yiwuPosterInput('2026-11-22');
  model = posterModel(input);
});
afterAll(closePosterBrowser);

describe('the Yiwu 2026 work report poster', () => {
  it('leads the 成绩单 with the document’s own headline figures', () => {
    const cards = model.headline.map((card) => `${card.label} ${figureText(card.figure.zh)}`);
    expect(cards[0]).toBe('全市生产总值 2693.3亿元');
    expect(cards).toContain('出口 7307亿元');
    expect(cards).toContain('市场主体数 第1位');
    expect(model.headline[0]?.notes.map((n) => n.zh)).toEqual([
      '增长7.9%',
      '全省县（市、区）第2位',
    ]);
  });

  it('lists the 2026 targets before the 2030 goal, each with a status word', () => {
    const rows = model.targets.map(
      (t) => `${t.label.zh} ${t.goal === null ? '' : figureText(t.goal.zh)} ${t.year ?? ''}`,
    );
    expect(rows[0]).toBe('全市生产总值增长 7%以上 2026');
    expect(rows.at(-1)).toBe('地区生产总值 超3800亿元 2030');
    expect(model.targets.every((t) => t.style.word.zh !== '')).toBe(true);
    expect(model.frameworks.map((f) => f.name)).toEqual(['八个典范', '十大行动']);
  });

  for (const lang of ['zh', 'en'] as const satisfies readonly PosterLang[]) {
    it(`lays the ${lang} poster out without overlapping or clipped text`, async () => {
      const report = await withPage(posterHtml(model, { lang }), layoutReport);
      expect(report.boxes).toBeGreaterThan(100);
      expect(report.overlaps).toEqual([]);
      expect(report.overflowing).toEqual([]);
      expect(report.outside).toEqual([]);
      expect(report.pageWidth).toBe(1080);
    });

    it(`renders the ${lang} poster as a 1080 px PNG and saves it`, async () => {
      const poster = await renderPoster(input, 'png', { lang });
      const size = pngSize(poster.bytes);
      expect(size.width).toBe(1080);
      expect(size.height).toBeGreaterThan(3 * 1080);
      expect(poster.bytes.byteLength).toBeLessThan(MAX_BYTES);
      writeFileSync(new URL(`yiwu-003-${lang}.png`, OUT), poster.bytes);
    });
  }

  it('renders the poster as a one-page PDF and the HTML, and saves them', async () => {
    const pdf = await renderPoster(input, 'pdf');
    expect(pdfPages(pdf.bytes).pages).toBe(1);
    writeFileSync(new URL('yiwu-003-zh.pdf', OUT), pdf.bytes);
    const html = await renderPoster(input, 'html');
    writeFileSync(new URL('yiwu-003-zh.html', OUT), html.bytes);
  });
});
