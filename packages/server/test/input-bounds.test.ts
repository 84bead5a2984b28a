/**
 * Every input is bounded: each text a request may carry (query, path, header and JSON body)
 * has a maximum length in the OpenAPI document, every list route pages with a default and
 * a maximum, and an oversized value is refused with 400 and a message in Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from './support/sign-in.js';
import { openTestServer, sendJson, type TestServer } from './yiwu-server.js';

type Schema = {
  readonly type?: string | readonly string[];
  readonly maxLength?: number;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly $ref?: string;
  readonly properties?: Record<string, Schema>;
  readonly items?: Schema;
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly allOf?: readonly Schema[];
  readonly additionalProperties?: Schema | boolean;
};
type Parameter = { readonly name: string; readonly in: string; readonly schema?: Schema };
type Operation = {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content: Record<string, { readonly schema: Schema }> };
};
type Document = {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components?: { readonly schemas?: Record<string, Schema> };
};

let t: TestServer;
let doc: Document;
let reviewer: SignedIn;
beforeAll(async () => {
  t = await openTestServer();
  doc = (await (await t.server.request('/api/openapi.json')).json()) as Document;
  reviewer = await signIn(t, 'reviewer', { name: '审核员甲' });
});
afterAll(async () => {
  await t.close();
});

/** Paths (`where.field`) of strings with no maxLength, enum, const, format or pattern. */
function unbounded(schema: Schema, where: string, seen = new Set<string>()): string[] {
  if (schema.$ref !== undefined) {
    if (seen.has(schema.$ref)) return [];
    const name = schema.$ref.split('/').at(-1) ?? '';
    const target = doc.components?.schemas?.[name];
    return target === undefined ? [] : unbounded(target, where, new Set([...seen, schema.$ref]));
  }
  const found: string[] = [];
  for (const part of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    found.push(...unbounded(part, where, seen));
  const types = typeof schema.type === 'string' ? [schema.type] : (schema.type ?? []);
  if (
    types.includes('string') &&
    schema.maxLength === undefined &&
    schema.enum === undefined &&
    schema.const === undefined &&
    schema.format === undefined &&
    schema.pattern === undefined
  ) {
    found.push(where);
  }
  for (const [key, property] of Object.entries(schema.properties ?? {}))
    found.push(...unbounded(property, `${where}.${key}`, seen));
  if (schema.items !== undefined) found.push(...unbounded(schema.items, `${where}[]`, seen));
  if (typeof schema.additionalProperties === 'object')
    found.push(...unbounded(schema.additionalProperties, `${where}{}`, seen));
  return found;
}

describe('every input is bounded', () => {
  it('gives every text field of every request a maximum length', () => {
    const found: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const at = `${method.toUpperCase()} ${path}`;
        for (const p of operation.parameters ?? []) {
          if (p.schema !== undefined) found.push(...unbounded(p.schema, `${at} ${p.in}.${p.name}`));
        }
        for (const [type, content] of Object.entries(operation.requestBody?.content ?? {}))
          found.push(...unbounded(content.schema, `${at} body(${type})`));
      }
    }
    expect(found).toEqual([]);
  });

  it('pages every list with a default and a maximum', () => {
    const limits = Object.values(doc.paths)
      .flatMap((operations) => Object.values(operations))
      .flatMap((op) => op.parameters ?? [])
      .filter((p) => p.in === 'query' && p.name === 'limit');
    expect(limits.length).toBeGreaterThanOrEqual(8);
    for (const limit of limits) {
      const schema = limit.schema as Schema & { maximum?: number; default?: number };
      expect(schema.maximum).toBeLessThanOrEqual(500);
    }
  });

  it('refuses an oversized metric with 400 and says why in Chinese, storing nothing', async () => {
    const page = (await (await t.server.request('/api/items?kind=target&limit=1')).json()) as {
      items: { id: string; metric: string; version: number }[];
    };
    const item = page.items[0];
    if (item === undefined) throw new Error('no target');
    const { status, body } = await sendJson(
      t.server,
      'PATCH',
      `/api/items/${item.id}`,
      { patch: { metric: '指'.repeat(300_000) }, version: item.version },
      reviewer.headers,
    );
    expect(status).toBe(400);
    const message = (body as { error: { code: string; message: string } }).error.message;
    expect((body as { error: { code: string } }).error.code).toBe('INPUT_INVALID');
    expect(message).toMatch(/200/);
    expect(message).toMatch(/[\u4e00-\u9fff]/u);
    expect(message.length).toBeLessThan(300);
    const after = (await (await t.server.request(`/api/items?kind=target&limit=1`)).json()) as {
      items: { metric: string }[];
    };
    expect(after.items[0]?.metric).toBe(item.metric);
  });

  it('says the same in English when the person asks for English', async () => {
    const res = await t.server.request('/api/items?limit=1000', {
      headers: { 'Accept-Language': 'en-US,en;q=0.9' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toBe('query.limit: Too big: expected number to be <=200');
    const zh = await t.server.request('/api/items?limit=1000');
    expect(((await zh.json()) as { error: { message: string } }).error.message).toBe(
      'query.limit：每页条数太大：不能超过 200',
    );
  });

  it('refuses a 20-million-character body before reading it, in Chinese', async () => {
    const { status, body } = await sendJson(
      t.server,
      'PATCH',
      '/api/items/any',
      { patch: { metric: 'x'.repeat(20_000_000) } },
      reviewer.headers,
    );
    expect(status).toBe(413);
    expect((body as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fff]/u);
  });
});
