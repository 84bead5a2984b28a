import { createRoute } from '@hono/zod-openapi';
import { signedInActor } from '../auth/signed-in-actor.js';
import { list } from '../schemas/list.js';
import { idParams } from '../schemas/query.js';
import {
  inboxSchema,
  markReadSchema,
  newNoticeSchema,
  noticeSchema,
  noticeStepBodySchema,
} from '../schemas/supervision.js';
import { errorResponses, jsonContent } from './openapi-helpers.js';
import type { Api, RouteDeps } from './route-deps.js';
import { pagedListContent, pagedListQuery, pageOfList } from './paged-list.js';

const tags = ['supervision'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/notices',
  tags,
  summary: '督办单 (a reporter sees its unit’s)',
  request: { query: pagedListQuery },
  responses: {
    200: pagedListContent(list(noticeSchema), 'The notices.'),
    ...errorResponses(401),
  },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/notices/{id}',
  tags,
  summary: 'One 督办单 with its steps',
  request: { params: idParams },
  responses: { 200: jsonContent(noticeSchema, 'The notice.'), ...errorResponses(401, 403, 404) },
});
const issueRoute = createRoute({
  method: 'post',
  path: '/api/notices',
  tags,
  summary: 'Issue a 督办单 to a unit with a deadline',
  request: {
    body: { content: { 'application/json': { schema: newNoticeSchema } }, required: true },
  },
  responses: { 201: jsonContent(noticeSchema, 'The notice.'), ...errorResponses(400, 401, 403) },
});
const stepRoute = createRoute({
  method: 'post',
  path: '/api/notices/{id}/steps',
  tags,
  summary: 'Move a 督办单: 承办, 反馈 (the unit); 办结, 上报, back to 承办 (the supervisor)',
  request: {
    params: idParams,
    body: { content: { 'application/json': { schema: noticeStepBodySchema } }, required: true },
  },
  responses: {
    200: jsonContent(noticeSchema, 'The notice.'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const inboxRoute = createRoute({
  method: 'get',
  path: '/api/inbox',
  tags,
  summary: 'The signed-in user’s notifications, newest first, and the unread count',
  responses: { 200: jsonContent(inboxSchema, 'The inbox.'), ...errorResponses(401) },
});
const readRoute = createRoute({
  method: 'post',
  path: '/api/inbox/read',
  tags,
  summary: 'Mark notifications read',
  request: {
    body: { content: { 'application/json': { schema: markReadSchema } }, required: true },
  },
  responses: { 204: { description: 'Marked.' }, ...errorResponses(400, 401) },
});

export function registerNoticeRoutes(api: Api, { supervision }: RouteDeps): void {
  api.openapi(listRoute, async (c) =>
    c.json(pageOfList(c, await supervision.notices(signedInActor(c)), c.req.valid('query')), 200),
  );
  api.openapi(getRoute, async (c) =>
    c.json(await supervision.notice(c.req.valid('param').id, signedInActor(c)), 200),
  );
  api.openapi(issueRoute, async (c) => {
    const body = c.req.valid('json');
    const notice = await supervision.issueNotice(
      {
        unitId: body.unit_id,
        title: body.title,
        body: body.body,
        deadline: body.deadline,
        assignmentId: body.assignment_id ?? null,
      },
      signedInActor(c),
    );
    return c.json(notice, 201);
  });
  api.openapi(stepRoute, async (c) => {
    const { version, to, body } = c.req.valid('json');
    return c.json(
      await supervision.moveNotice(c.req.valid('param').id, version, to, body, signedInActor(c)),
      200,
    );
  });
  api.openapi(inboxRoute, async (c) => c.json(await supervision.inbox(signedInActor(c)), 200));
  api.openapi(readRoute, async (c) => {
    await supervision.markRead(signedInActor(c), c.req.valid('json').ids);
    return c.body(null, 204);
  });
}
