import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestServer } from './yiwu-server.js';

const API_DOC = new URL('../../../docs/api.md', import.meta.url);

/**
 * The routes docs/api.md lists, as `METHOD /path/{param}`: the table's backticked paths,
 * where `.xlsx` after `/…/scorecard.csv` means `/…/scorecard.xlsx`.
 */
async function documentedRoutes(): Promise<string[]> {
  const routes: string[] = [];
  for (const line of (await readFile(API_DOC, 'utf8')).split('\n')) {
    // `\|` is a pipe inside a cell (format=html\|png), not a column break.
    const cells = line
      .replace(/\\\|/g, '/')
      .split('|')
      .map((cell) => cell.trim());
    const method = cells[1];
    if (method === undefined || !/^(GET|POST|PATCH|PUT|DELETE)$/.test(method)) continue;
    let previous = '';
    for (const [, token = ''] of (cells[2] ?? '').matchAll(/`([^`]+)`/g)) {
      const path = token.startsWith('.') ? previous.replace(/\.[a-z]+$/, token) : token;
      previous = path;
      const openApiPath = path.split('?')[0]?.replace(/:([a-z]+)/g, '{$1}') ?? '';
      // The document does not list itself.
      if (openApiPath !== '/api/openapi.json') routes.push(`${method} ${openApiPath}`);
    }
  }
  return routes;
}

interface OpenApiDocument {
  readonly openapi: string;
  readonly paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
}

let t: TestServer;
let document: OpenApiDocument;
beforeAll(async () => {
  t = await openTestServer({ empty: true });
  const res = await t.server.request('/api/openapi.json');
  expect(res.status).toBe(200);
  document = (await res.json()) as OpenApiDocument;
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate({ ...document });
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('lists exactly the routes of docs/api.md', async () => {
    const documented = await documentedRoutes();
    expect(documented.length).toBeGreaterThanOrEqual(20);
    const served = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(served.sort()).toEqual([...new Set(documented)].sort());
  });

  it('declares the error format and a 500 on every operation', () => {
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) {
        expect(operation.responses['500']).toMatchObject({
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        });
      }
    }
  });
});
