import { createRoute, z } from '@hono/zod-openapi';
import { loadPoster } from '../poster-renderer.js';
import { buildPosterInput } from '../presenters/poster-input.js';
import { posterQuerySchema, shareCardQuerySchema } from '../schemas/poster.js';
import { buildShareCardInput } from '../presenters/share-card-input.js';
import { attachmentDisposition } from '../presenters/content-disposition.js';
import { posterFileName } from '../presenters/poster-file-name.js';
import { errorResponses } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { renderedFile } from '../render/rendered-file.js';

const fileSchema = z.string().openapi({ format: 'binary' });

const posterRoute = createRoute({
  method: 'get',
  path: '/api/poster',
  tags: ['documents'],
  summary: 'The 一图读懂 poster of a document: HTML preview, 1080 px PNG, or PDF',
  request: { query: posterQuerySchema },
  responses: {
    200: {
      content: {
        'text/html': { schema: z.string() },
        'image/png': { schema: fileSchema },
        'application/pdf': { schema: fileSchema },
      },
      description: 'The poster.',
    },
    ...errorResponses(400, 404),
  },
});

const shareCardRoute = createRoute({
  method: 'get',
  path: '/api/share-card',
  tags: ['documents'],
  summary: "One target's share card: status, its sentence and the latest figure's, with sources",
  request: { query: shareCardQuerySchema },
  responses: {
    200: {
      content: { 'text/html': { schema: z.string() }, 'image/png': { schema: fileSchema } },
      description: 'The card, 1080 px wide.',
    },
    ...errorResponses(400, 404),
  },
});

/** `GET /api/poster?document=&format=html|png|pdf`; `GET /api/share-card?item=&format=&lang=`. */
export function registerPosterRoutes(api: Api, { app, rendering }: RouteDeps): void {
  api.openapi(posterRoute, async (c) => {
    const { document, format = 'html', lang = 'zh' } = c.req.valid('query');
    // Through the render queue, and from the cache while the data is unchanged.
    return await renderedFile(c, app, rendering, async () => {
      const input = await buildPosterInput(app, document);
      const { renderPoster } = await loadPoster();
      const poster = await renderPoster(input, format, { lang });
      const headers: Record<string, string> = { 'Content-Type': poster.contentType };
      if (format !== 'html')
        headers['Content-Disposition'] = attachmentDisposition(
          posterFileName(input.document.title, format, lang),
        );
      return { bytes: poster.bytes, headers };
    });
  });
  api.openapi(shareCardRoute, async (c) => {
    const { item, format = 'png', lang = 'zh' } = c.req.valid('query');
    const card = await buildShareCardInput(app, item, lang);
    const { shareCardHtml, renderShareCardPng } = await loadPoster();
    if (format === 'html') return c.html(shareCardHtml(card, lang), 200);
    const name = `${card.place}-${card.metric}-${lang === 'zh' ? '分享卡' : 'card'}.png`;
    return await renderedFile(c, app, rendering, async () => ({
      bytes: await renderShareCardPng(card, lang),
      headers: {
        'Content-Type': 'image/png',
        'Content-Disposition': attachmentDisposition(name.replace(/[\\/:*?"<>|]/g, '_')),
      },
    }));
  });
}
