import { createRoute } from '@hono/zod-openapi';
import type { IngestInput } from '@lantu/app';
import { signedInActor } from '../auth/signed-in-actor.js';
import {
  documentDeletedSchema,
  documentPreviewSchema,
  documentReplacementSchema,
} from '../schemas/document-file.js';
import { uploadFormSchema, type UploadForm } from '../schemas/ingest.js';
import { idParams } from '../schemas/query.js';
import { uploadMeta } from '../uploads/upload-meta.js';
import { assertUploadType, uploadFileName, uploadTooLarge } from '../uploads/upload-policy.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { limitBody } from './upload.js';

const uploadBody = {
  content: { 'multipart/form-data': { schema: uploadFormSchema } },
  required: true,
} as const;

function previewRoute(limitBytes: number) {
  return createRoute({
    method: 'post',
    path: '/api/documents/preview',
    tags: ['documents'],
    summary: 'Read an uploaded document and say what was found, storing nothing',
    middleware: [limitBody(limitBytes)] as const,
    request: { body: uploadBody },
    responses: {
      200: jsonContent(documentPreviewSchema, 'What was read: metadata, counts, first items.'),
      ...errorResponses(400, 401, 403, 413, 415, 422),
    },
  });
}

function replaceRoute(limitBytes: number) {
  return createRoute({
    method: 'put',
    path: '/api/documents/{id}/file',
    tags: ['documents'],
    summary: 'Replace a document by a new version of its file',
    middleware: [limitBody(limitBytes)] as const,
    request: { params: idParams, body: uploadBody },
    responses: {
      200: jsonContent(documentReplacementSchema, 'The new version, and the decisions kept.'),
      ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422),
    },
  });
}

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: 'Delete a document with its items, links and observations',
  request: { params: idParams },
  responses: {
    200: jsonContent(documentDeletedSchema, 'The document is gone; its history remains.'),
    ...errorResponses(401, 403, 404),
  },
});

/** The upload's file as an ingest input, with the same checks as `POST /api/documents`. */
async function uploadInput(form: UploadForm, limitBytes: number): Promise<IngestInput> {
  const fileName = uploadFileName(form.file.name);
  assertUploadType(fileName);
  if (form.file.size > limitBytes) throw uploadTooLarge(limitBytes);
  return { fileName, bytes: new Uint8Array(await form.file.arrayBuffer()), meta: uploadMeta(form) };
}

/**
 * `POST /api/documents/preview` (read, store nothing), `PUT /api/documents/{id}/file`
 * (a new version) and `DELETE /api/documents/{id}`: the upload card's read → confirm flow
 * and a document's replace and delete.
 */
export function registerDocumentFileRoutes(api: Api, { app, uploadLimitBytes }: RouteDeps): void {
  api.openapi(previewRoute(uploadLimitBytes), async (c) => {
    signedInActor(c);
    const input = await uploadInput(c.req.valid('form'), uploadLimitBytes);
    const preview = await app.previewDocument(input);
    return c.json({ ...preview, firstItems: [...preview.firstItems] }, 200);
  });
  api.openapi(replaceRoute(uploadLimitBytes), async (c) => {
    const actor = signedInActor(c);
    const input = await uploadInput(c.req.valid('form'), uploadLimitBytes);
    return c.json(await app.replaceDocument(c.req.valid('param').id, input, { actor }), 200);
  });
  api.openapi(deleteRoute, async (c) => {
    const actor = signedInActor(c);
    const { id } = c.req.valid('param');
    await app.deleteDocument(id, { actor });
    return c.json({ deleted: id }, 200);
  });
}
