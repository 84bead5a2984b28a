import { createRoute, z } from '@hono/zod-openapi';
import { byteStream, type ExportFormat } from '@lantu/app';
import { guardedDownload } from '../render/guarded-download.js';
import { RenderGate } from '../render/render-gate.js';
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

/** Exports streamed at once by default (each keeps a core busy while it reads). */
export const DEFAULT_EXPORT_SLOTS = 2;
/** Exports that may wait for a slot; the next is answered 503 with Retry-After. */
const EXPORT_QUEUE = 8;

/**
 * The gate every scorecard export passes: a public download of a million rows reads for
 * about two minutes, so only a few run at once and a burst of them cannot starve the
 * screens' reads.
 */
export function exportGate(slots = DEFAULT_EXPORT_SLOTS): RenderGate {
  return new RenderGate({
    slots,
    queue: EXPORT_QUEUE,
    retryAfterSeconds: 10,
    busyMessage: (seconds) =>
      `正在导出的文件太多，请 ${seconds} 秒后再试 (too many exports at once; retry in ${seconds} s)`,
  });
}

/**
 * `GET /api/export/scorecard.csv`, `.xlsx`, `.json`: the file is streamed, written as its
 * rows are read. Everything the request can get wrong (a bad filter, an unknown document,
 * too many rows) is answered as a JSON error before the first byte.
 */
export function registerExportRoutes(
  api: Api,
  { app, exportMaxRows, exportGate: gate, exportIdleMs, logError }: RouteDeps,
): void {
  for (const format of ['csv', 'xlsx', 'json'] as const) {
    api.openapi(exportRoute(format), async (c) => {
      const { sort, direction, ...query } = c.req.valid('query');
      const release = await gate.acquire();
      let file;
      try {
        file = await app.streamScorecardExport(format, toScorecardFilter(query), {
          sort,
          direction,
          maxRows: exportMaxRows,
        });
      } catch (error) {
        release();
        throw error;
      }
      const headers = {
        'Content-Type': file.contentType,
        'Content-Disposition': attachmentDisposition(file.fileName),
      };
      // HEAD is answered by this handler too, and Hono drops the body it returns without
      // cancelling it: the slot would never be freed, and two HEAD requests would stop
      // every export. A HEAD gets the checks and headers, no file.
      if (c.req.method === 'HEAD') {
        release();
        await file.chunks[Symbol.asyncIterator]().return?.();
        return c.body(null, 200, headers);
      }
      const chunks = guardedDownload(file.chunks, { release, logError, idleMs: exportIdleMs });
      return c.body(byteStream(chunks), 200, headers);
    });
  }
}
