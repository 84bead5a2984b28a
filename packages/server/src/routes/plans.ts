import { createRoute, z } from '@hono/zod-openapi';
import { renderWallChart } from '@lantu/poster';
import { battleMapHtml, docxToPdf, planReportDocx } from '@lantu/reports';
import { signedInActor } from '../auth/signed-in-actor.js';
import { attachmentDisposition } from '../presenters/content-disposition.js';
import { list } from '../schemas/list.js';
import {
  asOfQuerySchema,
  battleMapQuerySchema,
  battleMapSchema,
  documentPlanBodySchema,
  planEvaluationSchema,
  planSummarySchema,
} from '../schemas/plan.js';
import { idParams } from '../schemas/query.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { renderedFile } from '../render/rendered-file.js';
import { pagedListContent, pagedListQuery, pageOfList } from './paged-list.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const listRoute = createRoute({
  method: 'get',
  path: '/api/plans',
  tags: ['plans'],
  summary: 'Every plan (e.g. 义乌市“十四五”规划) with its documents',
  request: { query: pagedListQuery },
  responses: {
    200: pagedListContent(list(planSummarySchema), 'The plans, newest period first.'),
    ...errorResponses(),
  },
});

const evaluationRoute = createRoute({
  method: 'get',
  path: '/api/plans/{id}',
  tags: ['plans'],
  summary: "A plan's 规划实施情况评估: targets with statuses, roll-ups, goal posts, conflicts",
  request: { params: idParams, query: asOfQuerySchema },
  responses: {
    200: jsonContent(planEvaluationSchema, 'The evaluation as of the date.'),
    ...errorResponses(400, 404),
  },
});

function reportRoute(format: 'docx' | 'pdf') {
  return createRoute({
    method: 'get',
    path: `/api/plans/{id}/report.${format}`,
    tags: ['plans'],
    summary: `The 规划实施情况评估报告 draft as ${format === 'docx' ? 'Word' : 'PDF'}`,
    request: { params: idParams, query: asOfQuerySchema },
    responses: {
      200: {
        content: {
          [format === 'docx' ? DOCX : 'application/pdf']: {
            schema: z.string().openapi({ format: 'binary' }),
          },
        },
        description: 'The report, as an attachment.',
      },
      ...errorResponses(400, 404, 415),
    },
  });
}

const battleMapRoute = createRoute({
  method: 'get',
  path: '/api/plans/{id}/battlemap',
  tags: ['plans'],
  summary: "A plan's 作战图: fields × years, each target in its cell by status",
  request: { params: idParams, query: battleMapQuerySchema },
  responses: {
    200: jsonContent(battleMapSchema, 'The map as of the date.'),
    ...errorResponses(400, 404),
  },
});

const WALL_TYPES = { html: 'text/html; charset=utf-8', png: 'image/png', pdf: 'application/pdf' };

function battleMapFileRoute(format: keyof typeof WALL_TYPES) {
  return createRoute({
    method: 'get',
    path: `/api/plans/{id}/battlemap.${format}`,
    tags: ['plans'],
    summary: `The 作战图 as a wall chart (A1 landscape), ${format.toUpperCase()}`,
    request: { params: idParams, query: battleMapQuerySchema },
    responses: {
      200: {
        content: { [WALL_TYPES[format]]: { schema: z.string().openapi({ format: 'binary' }) } },
        description: 'The wall chart.',
      },
      ...errorResponses(400, 404),
    },
  });
}

const setPlanRoute = createRoute({
  method: 'put',
  path: '/api/documents/{id}/plan',
  tags: ['plans'],
  summary: 'Put a document in a plan (or take it out); inference never overrides it',
  request: {
    params: idParams,
    body: { content: { 'application/json': { schema: documentPlanBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(planSummarySchema.nullable(), 'The plan now holding the document, or null.'),
    ...errorResponses(400, 404),
  },
});

/** `GET /api/plans`, `GET /api/plans/:id`, its report as DOCX/PDF, `PUT /api/documents/:id/plan`. */
export function registerPlanRoutes(api: Api, { app, rendering }: RouteDeps): void {
  api.openapi(listRoute, async (c) =>
    c.json(pageOfList(c, await app.plans(), c.req.valid('query')), 200),
  );
  api.openapi(evaluationRoute, async (c) => {
    const { as_of: asOf } = c.req.valid('query');
    return c.json(await app.planEvaluation(c.req.valid('param').id, { asOf }), 200);
  });
  for (const format of ['docx', 'pdf'] as const) {
    api.openapi(reportRoute(format), async (c) => {
      const { as_of: asOf } = c.req.valid('query');
      const id = c.req.valid('param').id;
      return await renderedFile(c, app, rendering, async () => {
        const evaluation = await app.planEvaluation(id, { asOf });
        const docx = await planReportDocx(evaluation);
        const bytes = format === 'pdf' ? await docxToPdf(docx) : docx;
        const fileName = `${evaluation.plan.name}实施情况评估报告-截至${evaluation.as_of}.${format}`;
        return {
          bytes,
          headers: {
            'Content-Type': format === 'pdf' ? 'application/pdf' : DOCX,
            'Content-Disposition': attachmentDisposition(fileName),
          },
        };
      });
    });
  }
  api.openapi(battleMapRoute, async (c) => {
    const { as_of: asOf, section, unit, status } = c.req.valid('query');
    return c.json(
      await app.battleMap(c.req.valid('param').id, { asOf, section, unit, status }),
      200,
    );
  });
  for (const format of ['html', 'png', 'pdf'] as const) {
    api.openapi(battleMapFileRoute(format), async (c) => {
      const { as_of: asOf, section, unit, status, lang } = c.req.valid('query');
      const id = c.req.valid('param').id;
      return await renderedFile(c, app, rendering, async () => {
        const map = await app.battleMap(id, { asOf, section, unit, status });
        const html = battleMapHtml(map, lang ?? 'zh');
        const bytes =
          format === 'html' ? new TextEncoder().encode(html) : await renderWallChart(html, format);
        const headers: Record<string, string> = { 'Content-Type': WALL_TYPES[format] };
        if (format !== 'html') {
          headers['Content-Disposition'] = attachmentDisposition(
            `${map.plan.name}作战图-截至${map.as_of}.${format}`,
          );
        }
        return { bytes, headers };
      });
    });
  }
  api.openapi(setPlanRoute, async (c) => {
    const { plan_id: planId, role } = c.req.valid('json');
    const plan = await app.setDocumentPlan({
      documentId: c.req.valid('param').id,
      planId,
      role,
      actor: signedInActor(c),
    });
    return c.json(plan, 200);
  });
}
