/**
 * A poster with one row per status, long names, method words and latest figures: the rows
 * the Yiwu fixture cannot show yet (its 2026 targets are all 未到期). Saved to
 * test-results/posters/ for people to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { STATUS_CODES } from '@lantu/core';
import { afterAll, describe, expect, it } from 'vitest';
import { closePosterBrowser, posterHtml, posterModel, renderPoster } from '../src/index.js';
import { pngSize } from './support/image-headers.js';
import { layoutReport } from './support/layout-check.js';
import { withPage } from './support/poster-page.js';
import { row, sampleInput, status } from './support/sample-input.js';

const OUT = new URL('../../../test-results/posters/', import.meta.url);

const METHOD_WORDS = {
  achieved: { zh: '提前完成', en: 'achieved early' },
  'on-track': { zh: '超序时', en: 'ahead of schedule' },
  'at-risk': { zh: '滞后序时', en: 'behind schedule' },
  'off-track': { zh: '严重滞后', en: 'off track' },
  missed: { zh: '未完成', en: 'missed' },
  'not-yet-due': { zh: '未到期', en: 'not yet due' },
  'no-data': { zh: '暂无数据', en: 'no data' },
} as const;

const input = sampleInput({
  rows: STATUS_CODES.map((code, i) =>
    row(
      code,
      {
        metric: i % 2 === 0 ? '城乡居民人均可支配收入与经济增长基本同步提高指数' : '规上工业增加值',
        value: 5.5 + i,
        start: i,
        year: 2026,
      },
      {
        status: status(code, {
          label: METHOD_WORDS[code],
          numbers:
            code === 'no-data'
              ? {}
              : { latest_value: 4.2 + i, latest_year: 2026, latest_period: 'M1-M10' },
        }),
      },
    ),
  ),
});

afterAll(closePosterBrowser);

describe('a poster showing every status', () => {
  it('shows every status word once, with its method word where that differs', () => {
    const model = posterModel(input);
    expect(model.targets.map((t) => t.style.status)).toEqual(STATUS_CODES);
    expect(model.targets.filter((t) => t.detail !== null).map((t) => t.detail?.zh)).toEqual([
      '提前完成',
      '超序时',
      '滞后序时',
    ]);
  });

  it('lays long names, latest figures and chips out without overlaps, and saves the PNG', async () => {
    mkdirSync(OUT, { recursive: true });
    for (const lang of ['zh', 'en'] as const) {
      const report = await withPage(posterHtml(posterModel(input), { lang }), layoutReport);
      expect(report.overlaps).toEqual([]);
      expect(report.outside).toEqual([]);
      const png = await renderPoster(input, 'png', { lang });
      expect(pngSize(png.bytes).width).toBe(1080);
      writeFileSync(new URL(`statuses-${lang}.png`, OUT), png.bytes);
    }
  });
});
