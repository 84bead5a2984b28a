import { createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { LantuError } from '@lantu/core';
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from '../auth/server-env.js';
import { signedInActor } from '../auth/signed-in-actor.js';
import { ingestResultSchema, uploadFormSchema } from '../schemas/ingest.js';
import { uploadMeta } from '../uploads/upload-meta.js';
import { assertUploadType, uploadFileName, uploadTooLarge } from '../uploads/upload-policy.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

/** Room for the multipart framing and metadata fields around the file itself. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

/** Refuses a body over the limit while it streams in (typed for the server's context). */
export function limitBody(limitBytes: number): MiddlewareHandler<ServerEnv> {
  return bodyLimit({
    maxSize: limitBytes + FORM_OVERHEAD_BYTES,
    onError: () => {
      throw uploadTooLarge(limitBytes);
    },
  });
}

function uploadRoute(limitBytes: number) {
  return createRoute({
    method: 'post',
    path: '/api/documents',
    tags: ['documents'],
    summary: 'Upload one document (.txt .md .pdf .docx .html) and read it',
    // The limit is enforced while the body streams in, so an oversized upload is never
    // buffered whole; the file's own size is checked again below.
    middleware: [limitBody(limitBytes)] as const,
    request: {
      body: { content: { 'multipart/form-data': { schema: uploadFormSchema } }, required: true },
    },
    responses: {
      200: jsonContent(ingestResultSchema, 'The same text was stored before: nothing changed.'),
      201: jsonContent(ingestResultSchema, 'The document was read and stored.'),
      ...errorResponses(400, 401, 403, 413, 415, 422),
    },
  });
}

/** `POST /api/documents`: nothing is stored unless the whole reading is. */
export function registerUploadRoutes(api: Api, { app, uploadLimitBytes }: RouteDeps): void {
  api.openapi(uploadRoute(uploadLimitBytes), async (c) => {
    const actor = signedInActor(c);
    const form = c.req.valid('form');
    const fileName = uploadFileName(form.file.name);
    assertUploadType(fileName);
    if (form.file.size > uploadLimitBytes) throw uploadTooLarge(uploadLimitBytes);
    const bytes = new Uint8Array(await form.file.arrayBuffer());
    const [result] = await app.ingest([{ fileName, bytes, meta: uploadMeta(form) }], {
      actor,
    });
    if (result === undefined) throw new Error('ingest returned no result for one file');
    // Expected failures (empty, unreadable) come back as results; answered like any error.
    if (!result.ok) throw new LantuError(result.code, result.message);
    return c.json(result, result.status === 'created' ? 201 : 200);
  });
}
