import { createRoute, z } from '@hono/zod-openapi';
import type { ComparisonQuery } from '@lantu/app';
import { attachmentDisposition } from '../presenters/content-disposition.js';
import { compareQuerySchema, comparisonSchema } from '../schemas/compare.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

const compareRoute = createRoute({
  method: 'get',
  path: '/api/compare',
  tags: ['compare'],
  summary: 'One indicator across jurisdictions: targets and outcomes by year, with sources',
  request: { query: compareQuerySchema },
  responses: {
    200: jsonContent(comparisonSchema, 'The comparison.'),
    ...errorResponses(400, 404),
  },
});

const compareCsvRoute = createRoute({
  method: 'get',
  path: '/api/compare.csv',
  tags: ['compare'],
  summary: 'The comparison as a CSV download (Chinese headers, sources named)',
  request: { query: compareQuerySchema },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string().openapi({ format: 'binary' }) } },
      description: 'The file, as an attachment.',
    },
    ...errorResponses(400, 404),
  },
});

function toQuery(query: z.infer<typeof compareQuerySchema>): ComparisonQuery {
  return {
    indicator: query.indicator,
    ...(query.measure === undefined ? {} : { measure: query.measure }),
    ...(query.jurisdictions === undefined ? {} : { jurisdictions: query.jurisdictions }),
    ...(query.years === undefined ? {} : { years: query.years }),
  };
}

/** `GET /api/compare` and `GET /api/compare.csv`. */
export function registerCompareRoutes(api: Api, { app }: RouteDeps): void {
  api.openapi(compareRoute, async (c) =>
    c.json(await app.compare(toQuery(c.req.valid('query'))), 200),
  );
  api.openapi(compareCsvRoute, async (c) => {
    const file = await app.exportComparison(toQuery(c.req.valid('query')));
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentDisposition(file.fileName),
    });
  });
}
