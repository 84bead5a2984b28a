/**
 * @lantu/poster: a document's 一图读懂 — its 成绩单 figures, targets with statuses and
 * frameworks — as one long 1080 px image (HTML, PNG or PDF).
 */
export { posterModel } from './poster-model.js';
export { posterHtml, type PosterHtmlOptions } from './poster-html.js';
export {
  renderPoster,
  type PosterFormat,
  type RenderPosterOptions,
  type RenderedPoster,
} from './render-poster.js';
export { closePosterBrowser } from './chromium.js';
export type * from './types.js';
export { renderWallChart, type WallChartOptions } from './render-wall-chart.js';
export {
  shareCardHtml,
  renderShareCardPng,
  type ShareCardInput,
  type CardSource,
} from './share-card.js';
