import { createRoute, z } from '@hono/zod-openapi';
import { byteStream, type ExportFormat } from '@lantu/app';
import type { ErrorLogger } from '../error-handler.js';
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
    description:
      'Streamed: rows are read from the stored statuses 500 at a time and written as they ' +
      'are read, so the download starts at once and the server holds one read, not the file. ' +
      'At most LANTU_EXPORT_MAX_ROWS rows (default 1,000,000; 20,000 for rows that must be ' +
      'computed live); more give 400 asking to narrow the filter. A failure after the first ' +
      'byte (the data changed during the download) ends the transfer short.',
    request: { query: exportQuerySchema },
    responses: {
      200: {
        content: { [MEDIA_TYPES[format]]: { schema: fileSchema } },
        description: 'The file, as an attachment.',
      },
      // 400 also when more rows match than one export may hold (LANTU_EXPORT_MAX_ROWS)
      ...errorResponses(400, 404),
    },
  });
}

/**
 * The chunks of a file already under way: a failure now can no longer become an error
 * answer (the status and headers are sent), so it is logged and ends the download, which
 * the client sees as a broken transfer rather than a complete file.
 */
async function* loggedChunks(
  chunks: AsyncIterable<Uint8Array>,
  logError: ErrorLogger,
): AsyncGenerator<Uint8Array> {
  try {
    yield* chunks;
  } catch (error) {
    logError(error);
    throw error;
  }
}

/**
 * `GET /api/export/scorecard.csv`, `.xlsx`, `.json`: the file is streamed, written as its
 * rows are read. Everything the request can get wrong (a bad filter, an unknown document,
 * too many rows) is answered as a JSON error before the first byte.
 */
export function registerExportRoutes(api: Api, { app, exportMaxRows, logError }: RouteDeps): void {
  for (const format of ['csv', 'xlsx', 'json'] as const) {
    api.openapi(exportRoute(format), async (c) => {
      const { sort, direction, ...query } = c.req.valid('query');
      const file = await app.streamScorecardExport(format, toScorecardFilter(query), {
        sort,
        direction,
        maxRows: exportMaxRows,
      });
      return c.body(byteStream(loggedChunks(file.chunks, logError)), 200, {
        'Content-Type': file.contentType,
        'Content-Disposition': attachmentDisposition(file.fileName),
      });
    });
  }
}
