import { createRoute, z } from '@hono/zod-openapi';
import type { ExportFormat } from '@lantu/app';
import { attachmentDisposition } from '../presenters/content-disposition.js';
import { toScorecardFilter } from '../presenters/scorecard-filter.js';
import { exportQuerySchema } from '../schemas/export.js';
import { errorResponses } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

/** The media type each export is declared with in the OpenAPI document. */
const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

const fileSchema = z.string().openapi({ format: 'binary' });

function exportRoute(format: ExportFormat) {
  return createRoute({
    method: 'get',
    path: `/api/export/scorecard.${format}`,
    tags: ['scorecard'],
    summary: `The scorecard as a ${format.toUpperCase()} download (same filters as /api/scorecard, rows in the screen's sort)`,
    request: { query: exportQuerySchema },
    responses: {
      200: {
        content: { [MEDIA_TYPES[format]]: { schema: fileSchema } },
        description: 'The file, as an attachment.',
      },
      // 400 also when more rows match than one export may hold (LANTU_EXPORT_MAX_ROWS)
      ...errorResponses(400),
    },
  });
}

/** `GET /api/export/scorecard.csv`, `.xlsx`, `.json`. */
export function registerExportRoutes(api: Api, { app, exportMaxRows }: RouteDeps): void {
  for (const format of ['csv', 'xlsx', 'json'] as const) {
    api.openapi(exportRoute(format), async (c) => {
      const { sort, direction, ...query } = c.req.valid('query');
      const file = await app.exportScorecard(format, toScorecardFilter(query), {
        sort,
        direction,
        maxRows: exportMaxRows,
      });
      return c.body(new Uint8Array(file.bytes), 200, {
        'Content-Type': file.contentType,
        'Content-Disposition': attachmentDisposition(file.fileName),
      });
    });
  }
}
