import type { OpenAPIHono } from '@hono/zod-openapi';

/** The OpenAPI document's header; the paths and schemas come from the routes. */
export const OPENAPI_INFO: Parameters<OpenAPIHono['getOpenAPI31Document']>[0] = {
  openapi: '3.1.0',
  info: {
    title: 'Lantu 蓝图 API',
    version: '0.1.0',
    description:
      'Chinese government planning documents read into a goal system, and where each target ' +
      'stands. Errors are `{ "error": { "code", "message" } }` with core\'s closed codes.',
  },
  tags: [
    { name: 'meta' },
    { name: 'documents' },
    { name: 'items' },
    { name: 'indicators' },
    { name: 'scorecard' },
    { name: 'search' },
  ],
};
