/**
 * Layout checks run inside the rendered page: text boxes that overlap, and content wider
 * than the poster. Written as a script string because the package compiles without the DOM
 * library.
 */
import type { Page } from 'playwright-core';
import { POSTER_WIDTH } from '../../src/poster-css.js';

/** The text-bearing boxes of a poster, none of which should overlap another. */
const TEXT_BOXES = [
  '.eyebrow',
  'h1',
  '.meta',
  'h2',
  '.lede',
  '.card .label',
  '.card .prefix',
  '.card .value',
  '.card .unit',
  '.notes li',
  '.totals li',
  '.row .name',
  '.row .sub',
  '.row .figure',
  '.row .chip',
  '.row .detail',
  '.fw h3',
  '.fw .figure',
  '.fw-items li',
  '.tags-title',
  '.tags li',
  '.more',
  '.foot p',
].join(',');

const SCRIPT = `(() => {
  const boxes = [...document.querySelectorAll(${JSON.stringify(TEXT_BOXES)})];
  const name = (el) => el.className ? el.tagName.toLowerCase() + '.' + el.className : el.tagName.toLowerCase();
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.contains(b) || b.contains(a)) continue;
      const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
      const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
      const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
      if (w > 1 && h > 1) overlaps.push(name(a) + ' "' + a.textContent.slice(0, 12) + '" × ' + name(b) + ' "' + b.textContent.slice(0, 12) + '"');
    }
  }
  const overflowing = boxes
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
    .map((el) => name(el));
  const outside = boxes
    .filter((el) => { const r = el.getBoundingClientRect(); return r.left < 0 || r.right > ${POSTER_WIDTH}; })
    .map((el) => name(el));
  return { overlaps, overflowing, outside, pageWidth: document.documentElement.scrollWidth, boxes: boxes.length };
})()`;

export interface LayoutReport {
  readonly overlaps: readonly string[];
  readonly overflowing: readonly string[];
  /** Boxes reaching past the poster's edges (the poster clips them). */
  readonly outside: readonly string[];
  readonly pageWidth: number;
  readonly boxes: number;
}

/** Overlapping text boxes and the page's scroll width, measured in `page`. */
export async function layoutReport(page: Page): Promise<LayoutReport> {
  return page.evaluate<LayoutReport>(SCRIPT);
}
