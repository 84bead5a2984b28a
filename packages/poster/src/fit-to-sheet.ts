/**
 * Shrinks a page until it fits one sheet: a wall chart must print on ONE A1 page whatever the
 * plan's size. CSS `zoom` on the root lays the page out at sheet-width ÷ zoom, so a smaller
 * zoom gives wider cells (fewer wrapped lines) as well as smaller type; the largest zoom at
 * which the laid-out page fits both the sheet's width and height is found by bisection
 * (the height shrinks monotonically with the zoom).
 */
import type { Page } from 'playwright-core';

/** Below this the text is unreadable even on A1; the chart is still printed on one sheet. */
const MIN_ZOOM = 0.05;
/** Bisection steps: the zoom found is within (1 − MIN_ZOOM) / 2^10 ≈ 0.1 % of the best. */
const STEPS = 10;
/** Headroom for rounding between screen pixels and the PDF's points. */
const SAFETY = 0.995;

/**
 * The page's laid-out size in viewport pixels at a zoom (1 = as authored): the root's box
 * height is its content's (in standards mode), its scroll width covers anything wider than
 * the viewport (never less than the viewport's width).
 */
async function sizeAt(page: Page, zoom: number): Promise<{ width: number; height: number }> {
  // A string, as this package is type-checked without the DOM library.
  const size = await page.evaluate<[number, number]>(`(() => {
    const root = document.documentElement;
    root.style.zoom = '${zoom}';
    return [root.scrollWidth, root.getBoundingClientRect().height];
  })()`);
  return { width: size[0], height: size[1] };
}

/**
 * Sets the zoom at which the page fits `width` × `height` viewport pixels (never above 1:
 * a page that already fits stays as authored) and returns it.
 */
export async function fitToSheet(page: Page, width: number, height: number): Promise<number> {
  const fits = async (zoom: number): Promise<boolean> => {
    const size = await sizeAt(page, zoom);
    return size.width <= width && size.height <= height * SAFETY;
  };
  if (await fits(1)) return 1;
  let low = MIN_ZOOM;
  let high = 1;
  for (let step = 0; step < STEPS; step += 1) {
    const middle = (low + high) / 2;
    if (await fits(middle)) low = middle;
    else high = middle;
  }
  await sizeAt(page, low);
  return low;
}
