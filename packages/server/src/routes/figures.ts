import { createRoute, z } from '@hono/zod-openapi';
import { openFigures } from '@lantu/app';
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from '../auth/server-env.js';
import { signedInActor } from '../auth/signed-in-actor.js';
import {
  enteredFigureSchema,
  figureCorrectionSchema,
  figureImportFormSchema,
  figureImportResultSchema,
  newFigureSchema,
} from '../schemas/figures.js';
import { idParams } from '../schemas/query.js';
import { uploadTooLarge } from '../uploads/upload-policy.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';

const tags = ['figures'];
const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/** The import template: the headings `lantu import` reads, in Chinese, and one example row. */
export const FIGURE_TEMPLATE_CSV =
  '\uFEFF指标,地区,时期,数值,单位,口径\n地区生产总值,义乌市,2025,2335.1,亿元,\n';

const listRoute = createRoute({
  method: 'get',
  path: '/api/figures',
  tags,
  summary: 'Figures entered by hand (newest first)',
  responses: {
    200: jsonContent(z.array(enteredFigureSchema), 'The figures.'),
    ...errorResponses(401, 403),
  },
});

const enterRoute = createRoute({
  method: 'post',
  path: '/api/figures',
  tags,
  summary: 'Enter an actual figure for a target, with its period and source',
  request: json(newFigureSchema),
  responses: {
    201: jsonContent(enteredFigureSchema, 'The stored figure.'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const correctRoute = createRoute({
  method: 'put',
  path: '/api/figures/{id}',
  tags,
  summary: 'Correct a figure entered by hand',
  request: { params: idParams, ...json(figureCorrectionSchema) },
  responses: {
    200: jsonContent(enteredFigureSchema, 'The corrected figure.'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const withdrawRoute = createRoute({
  method: 'delete',
  path: '/api/figures/{id}',
  tags,
  summary: 'Withdraw a figure entered by hand',
  request: { params: idParams },
  responses: { 204: { description: 'Withdrawn.' }, ...errorResponses(401, 403, 404) },
});

const templateRoute = createRoute({
  method: 'get',
  path: '/api/figures/template.csv',
  tags,
  summary: 'The import template (CSV with Chinese headings)',
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string() } },
      description: 'The template.',
    },
    ...errorResponses(),
  },
});

function importRoute(limitBytes: number) {
  const limit: MiddlewareHandler<ServerEnv> = bodyLimit({
    maxSize: limitBytes + 64 * 1024,
    onError: () => {
      throw uploadTooLarge(limitBytes);
    },
  });
  return createRoute({
    method: 'post',
    path: '/api/figures/import',
    tags,
    summary: 'Import a CSV/XLSX table of figures: preview row by row, or commit all rows or none',
    middleware: [limit] as const,
    request: {
      body: {
        content: { 'multipart/form-data': { schema: figureImportFormSchema } },
        required: true,
      },
    },
    responses: {
      200: jsonContent(
        figureImportResultSchema,
        'Each row’s outcome; nothing stored on any refusal.',
      ),
      ...errorResponses(400, 401, 403, 413, 415),
    },
  });
}

/** Direct figure entry and table import for the planning office (issue 8). */
export function registerFigureRoutes(api: Api, { app, uploadLimitBytes }: RouteDeps): void {
  const figures = openFigures(app);
  api.openapi(listRoute, async (c) => c.json(await figures.list(), 200));
  api.openapi(enterRoute, async (c) => {
    const body = c.req.valid('json');
    const entered = await figures.enter(
      {
        itemId: body.item_id,
        period: body.period,
        value: body.value,
        unit: body.unit,
        note: body.note,
      },
      signedInActor(c),
    );
    return c.json(entered, 201);
  });
  api.openapi(correctRoute, async (c) => {
    const corrected = await figures.correct(
      c.req.valid('param').id,
      c.req.valid('json'),
      signedInActor(c),
    );
    return c.json(corrected, 200);
  });
  api.openapi(withdrawRoute, async (c) => {
    await figures.withdraw(c.req.valid('param').id, signedInActor(c));
    return c.body(null, 204);
  });
  api.openapi(templateRoute, (c) => {
    c.header(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent('数据导入模板.csv')}`,
    );
    return c.body(FIGURE_TEMPLATE_CSV, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
  api.openapi(importRoute(uploadLimitBytes), async (c) => {
    const actor = signedInActor(c);
    const form = c.req.valid('form');
    if (form.file.size > uploadLimitBytes) throw uploadTooLarge(uploadLimitBytes);
    const bytes = new Uint8Array(await form.file.arrayBuffer());
    const result = await app.importObservations(form.file.name, bytes, {
      actor,
      dryRun: form.mode !== 'commit',
    });
    const { errors, rows, ...counts } = result;
    return c.json(
      {
        ...counts,
        errors: [...errors],
        ...(rows === undefined
          ? {}
          : { rows: rows.map((r) => ({ ...r, reasons: [...r.reasons] })) }),
      },
      200,
    );
  });
}
