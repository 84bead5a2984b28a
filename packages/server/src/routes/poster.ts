import { createRoute, z } from '@hono/zod-openapi';
import { loadPoster } from '../poster-renderer.js';
import { buildPosterInput } from '../presenters/poster-input.js';
import { posterQuerySchema } from '../schemas/poster.js';
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

/** `GET /api/poster?document=&format=html|png|pdf`. */
export function registerPosterRoutes(api: Api, { app, rendering }: RouteDeps): void {
  api.openapi(posterRoute, async (c) => {
    const { document, format = 'html', lang = 'zh' } = c.req.valid('query');
    // Through the render queue, and from the cache while the data is unchanged.
    return await renderedFile(c, app, rendering, async () => {
      const input = await buildPosterInput(app, document);
      const { renderPoster } = await loadPoster();
      const poster = await renderPoster(input, format, { lang });
      return { bytes: poster.bytes, headers: { 'Content-Type': poster.contentType } };
    });
  });
}
