import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { LantuError } from '@lantu/core';
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from '../auth/server-env.js';
import { signedInActor } from '../auth/signed-in-actor.js';
import { historyEntrySchema } from '../schemas/history.js';
import { list } from '../schemas/list.js';
import { idParams } from '../schemas/query.js';
import {
  attachmentSchema,
  filePart,
  newReportSchema,
  reportEditSchema,
  reportSchema,
  reportViewSchema,
  returnBodySchema,
  versionBodySchema,
} from '../schemas/supervision.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

const tags = ['supervision'];
const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const createReportRoute = createRoute({
  method: 'post',
  path: '/api/reports',
  tags,
  summary: 'A unit’s report (填报) for one period: figure, progress, problems, next steps',
  request: json(newReportSchema),
  responses: {
    201: jsonContent(reportSchema, 'The report.'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const editReportRoute = createRoute({
  method: 'patch',
  path: '/api/reports/{id}',
  tags,
  summary: 'Edit a draft or returned report, and submit or resubmit it',
  request: { params: idParams, ...json(reportEditSchema) },
  responses: {
    200: jsonContent(reportSchema, 'The report.'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const getReportRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}',
  tags,
  summary: 'One report with its attachments',
  request: { params: idParams },
  responses: {
    200: jsonContent(reportViewSchema, 'The report.'),
    ...errorResponses(401, 403, 404),
  },
});

const acceptRoute = createRoute({
  method: 'post',
  path: '/api/reports/{id}/accept',
  tags,
  summary: 'Accept a submitted report; its figure becomes an observation',
  request: { params: idParams, ...json(versionBodySchema) },
  responses: {
    200: jsonContent(reportSchema, 'The accepted report.'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const returnRoute = createRoute({
  method: 'post',
  path: '/api/reports/{id}/return',
  tags,
  summary: 'Return a submitted report to its unit with a reason',
  request: { params: idParams, ...json(returnBodySchema) },
  responses: {
    200: jsonContent(reportSchema, 'The returned report.'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/history',
  tags,
  summary: 'A report’s audit trail, oldest first',
  request: { params: idParams },
  responses: {
    200: jsonContent(list(historyEntrySchema), 'The history.'),
    ...errorResponses(401, 403, 404),
  },
});

function attachRoute(limitBytes: number) {
  const limit: MiddlewareHandler<ServerEnv> = bodyLimit({
    maxSize: limitBytes + 64 * 1024,
    onError: () => {
      throw new LantuError(
        'FILE_TOO_LARGE',
        `附件超过上限 ${Math.round(limitBytes / 1024 / 1024)} MB (attachment too large)`,
      );
    },
  });
  return createRoute({
    method: 'post',
    path: '/api/reports/{id}/attachments',
    tags,
    summary: 'Attach evidence (PDF, DOCX, XLSX, images) to a report',
    middleware: [limit] as const,
    request: {
      params: idParams,
      body: {
        content: { 'multipart/form-data': { schema: z.object({ file: filePart }) } },
        required: true,
      },
    },
    responses: {
      201: jsonContent(attachmentSchema, 'The attachment.'),
      ...errorResponses(400, 401, 403, 404, 409, 413, 415),
    },
  });
}

const getAttachmentRoute = createRoute({
  method: 'get',
  path: '/api/attachments/{id}',
  tags,
  summary: 'An attachment’s bytes',
  request: { params: idParams },
  responses: {
    200: {
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      description: 'The file.',
    },
    ...errorResponses(401, 403, 404),
  },
});

const deleteAttachmentRoute = createRoute({
  method: 'delete',
  path: '/api/attachments/{id}',
  tags,
  summary: 'Remove an attachment from a draft or returned report',
  request: { params: idParams },
  responses: { 204: { description: 'Removed.' }, ...errorResponses(401, 403, 404, 409) },
});

const contentOf = (body: z.infer<typeof reportEditSchema>) => ({
  value: body.value ?? null,
  unit: body.unit ?? null,
  completionPercent: body.completion_percent ?? null,
  progress: body.progress,
  problems: body.problems ?? '',
  nextSteps: body.next_steps ?? '',
  submit: body.submit,
});

export function registerReportRoutes(
  api: Api,
  { supervision, app, uploadLimitBytes }: RouteDeps,
): void {
  api.openapi(createReportRoute, async (c) => {
    const body = c.req.valid('json');
    const report = await supervision.submitReport(
      {
        ...contentOf({ ...body, version: 1 }),
        assignmentId: body.assignment_id,
        itemId: body.item_id ?? null,
        period: body.period,
      },
      signedInActor(c),
    );
    return c.json(report, 201);
  });
  api.openapi(editReportRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await supervision.editReport(
        c.req.valid('param').id,
        body.version,
        contentOf(body),
        signedInActor(c),
      ),
      200,
    );
  });
  api.openapi(getReportRoute, async (c) =>
    c.json(await supervision.report(c.req.valid('param').id, signedInActor(c)), 200),
  );
  api.openapi(acceptRoute, async (c) =>
    c.json(
      await supervision.acceptReport(
        c.req.valid('param').id,
        c.req.valid('json').version,
        signedInActor(c),
      ),
      200,
    ),
  );
  api.openapi(returnRoute, async (c) => {
    const { version, reason } = c.req.valid('json');
    return c.json(
      await supervision.returnReport(c.req.valid('param').id, version, reason, signedInActor(c)),
      200,
    );
  });
  api.openapi(historyRoute, async (c) => {
    const { id } = c.req.valid('param');
    await supervision.report(id, signedInActor(c));
    return c.json(await app.store.history.list({ entity: 'report', entityId: id }), 200);
  });
  api.openapi(attachRoute(uploadLimitBytes), async (c) => {
    const { file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    return c.json(
      await supervision.addAttachment(c.req.valid('param').id, file.name, bytes, signedInActor(c)),
      201,
    );
  });
  api.openapi(getAttachmentRoute, async (c) => {
    const { attachment, bytes } = await supervision.attachment(
      c.req.valid('param').id,
      signedInActor(c),
    );
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': attachment.media_type,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(attachment.file_name)}`,
      'X-Content-Type-Options': 'nosniff',
    });
  });
  api.openapi(deleteAttachmentRoute, async (c) => {
    await supervision.removeAttachment(c.req.valid('param').id, signedInActor(c));
    return c.body(null, 204);
  });
}
