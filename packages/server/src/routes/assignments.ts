import { createRoute, z } from '@hono/zod-openapi';
import { LantuError } from '@lantu/core';
import { signedInActor } from '../auth/signed-in-actor.js';
import { historyEntrySchema } from '../schemas/history.js';
import { list } from '../schemas/list.js';
import { idParams, optionalQuery } from '../schemas/query.js';
import {
  assignBodySchema,
  assignmentPatchSchema,
  assignmentSchema,
  assignmentViewSchema,
  boardSchema,
  filePart,
  importResultSchema,
} from '../schemas/supervision.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { pagingQuery } from '../schemas/query.js';
import { pagedListContent, pageOfList } from './paged-list.js';

const tags = ['supervision'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/assignments',
  tags,
  summary: 'Assignments with their lights (a reporter sees only its unit’s)',
  request: { query: z.object({ unit: optionalQuery(z.string().max(100)), ...pagingQuery }) },
  responses: {
    200: pagedListContent(list(assignmentViewSchema), 'The assignments.'),
    ...errorResponses(401),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/assignments/{id}',
  tags,
  summary: 'One assignment with its reports and light',
  request: { params: idParams },
  responses: {
    200: jsonContent(assignmentViewSchema, 'The assignment.'),
    ...errorResponses(401, 403, 404),
  },
});

const assignRoute = createRoute({
  method: 'post',
  path: '/api/assignments',
  tags,
  summary: 'Assign a target, milestone, section or framework part to units',
  request: {
    body: { content: { 'application/json': { schema: assignBodySchema } }, required: true },
  },
  responses: {
    201: jsonContent(assignmentSchema, 'The assignment.'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/api/assignments/import',
  tags,
  summary: 'Bulk assignment from a 任务分解表 (XLSX/CSV): all rows or none',
  request: {
    body: {
      content: {
        'multipart/form-data': {
          schema: z.object({ file: filePart, document_id: optionalQuery(z.string().max(100)) }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: jsonContent(
      importResultSchema,
      'Rows assigned, or every row’s problems (nothing stored).',
    ),
    ...errorResponses(400, 401, 403, 415, 422),
  },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/api/assignments/{id}',
  tags,
  summary: 'Change an assignment’s units, deadline, frequency or state (optimistic version)',
  request: {
    params: idParams,
    body: { content: { 'application/json': { schema: assignmentPatchSchema } }, required: true },
  },
  responses: {
    200: jsonContent(assignmentSchema, 'The assignment.'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/api/assignments/{id}/history',
  tags,
  summary: 'An assignment’s audit trail, oldest first',
  request: { params: idParams },
  responses: {
    200: jsonContent(list(historyEntrySchema), 'The history.'),
    ...errorResponses(401, 403, 404),
  },
});

const boardRoute = createRoute({
  method: 'get',
  path: '/api/supervision/board',
  tags,
  summary: 'The supervisor’s board by unit: lights, on-time and overdue reports, ranking',
  responses: { 200: jsonContent(boardSchema, 'The board.'), ...errorResponses(401, 403) },
});

export function registerAssignmentRoutes(api: Api, { supervision, app }: RouteDeps): void {
  api.openapi(listRoute, async (c) => {
    const { unit, ...page } = c.req.valid('query');
    const all = await supervision.assignments(
      signedInActor(c),
      unit === undefined ? {} : { unitId: unit },
    );
    return c.json(pageOfList(c, all, page), 200);
  });
  api.openapi(getRoute, async (c) =>
    c.json(await supervision.assignment(c.req.valid('param').id, signedInActor(c)), 200),
  );
  api.openapi(assignRoute, async (c) => {
    const body = c.req.valid('json');
    const created = await supervision.assign(
      {
        subject: body.subject,
        leadUnitId: body.lead_unit_id,
        supportingUnitIds: body.supporting_unit_ids ?? [],
        dueDate: body.due_date,
        frequency: body.frequency,
        ...(body.start_date === undefined ? {} : { startDate: body.start_date }),
      },
      signedInActor(c),
    );
    return c.json(created, 201);
  });
  api.openapi(importRoute, async (c) => {
    const form = c.req.valid('form');
    const bytes = new Uint8Array(await form.file.arrayBuffer());
    if (bytes.byteLength === 0) throw new LantuError('FILE_EMPTY', `${form.file.name}：文件为空`);
    return c.json(
      await supervision.importAssignments(
        form.file.name,
        bytes,
        signedInActor(c),
        form.document_id,
      ),
      200,
    );
  });
  api.openapi(patchRoute, async (c) => {
    const { version, due_date, lead_unit_id, supporting_unit_ids, frequency, state } =
      c.req.valid('json');
    const updated = await supervision.updateAssignment(
      c.req.valid('param').id,
      version,
      {
        ...(due_date === undefined ? {} : { dueDate: due_date }),
        ...(lead_unit_id === undefined ? {} : { leadUnitId: lead_unit_id }),
        ...(supporting_unit_ids === undefined ? {} : { supportingUnitIds: supporting_unit_ids }),
        ...(frequency === undefined ? {} : { frequency }),
        ...(state === undefined ? {} : { state }),
      },
      signedInActor(c),
    );
    return c.json(updated, 200);
  });
  api.openapi(historyRoute, async (c) => {
    const { id } = c.req.valid('param');
    await supervision.assignment(id, signedInActor(c)); // NOT_FOUND / FORBIDDEN first
    return c.json(await app.store.history.list({ entity: 'assignment', entityId: id }), 200);
  });
  api.openapi(boardRoute, async (c) => c.json(await supervision.board(), 200));
}
