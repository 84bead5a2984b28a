import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/sign-in.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
});
afterAll(async () => {
  await t.close();
});

const PLAN = 'cn-zj-jh-yw-2021-2025';

describe('plans API', () => {
  it('lists 义乌市“十四五”规划 with its three documents', async () => {
    const res = await t.server.request('/api/plans');
    expect(res.status).toBe(200);
    const plans = (await res.json()) as { id: string; name: string; documents: unknown[] }[];
    const plan = plans.find((p) => p.id === PLAN);
    expect(plan?.name).toBe('义乌市“十四五”规划');
    expect(plan?.documents).toHaveLength(3);
  });

  it("gives the plan's evaluation with its roll-up", async () => {
    const res = await t.server.request(`/api/plans/${PLAN}?as_of=2026-03-01`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      as_of: string;
      overall: { counts: { achieved: number }; completionRate: number | null };
      rows: { indicator: string; status: string; units: string[] }[];
      units: unknown[];
    };
    expect(body.as_of).toBe('2026-03-01');
    // Per responsible unit beside per section: empty until targets are assigned.
    expect(body.units).toEqual([]);
    expect(body.rows.every((r) => Array.isArray(r.units))).toBe(true);
    expect(body.overall.counts.achieved).toBeGreaterThanOrEqual(3);
    expect(body.rows.some((r) => r.indicator.includes('快递') && r.status === 'missed')).toBe(true);
  });

  it('serves the report as a Word attachment named after the plan', async () => {
    const res = await t.server.request(`/api/plans/${PLAN}/report.docx?as_of=2026-03-01`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain(
      '义乌市“十四五”规划实施情况评估报告-截至2026-03-01.docx',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
  });

  it('answers 404 for an unknown plan and 400 for a bad date', async () => {
    expect((await t.server.request('/api/plans/nope')).status).toBe(404);
    expect((await t.server.request(`/api/plans/${PLAN}?as_of=tomorrow`)).status).toBe(400);
  });

  it("moves a document out of its plan on a person's request", async () => {
    const docs = (await (await t.server.request('/api/documents')).json()) as {
      id: string;
      kind: string;
    }[];
    const report = docs.find((d) => d.kind === 'work-report');
    const path = `/api/documents/${report?.id ?? ''}/plan`;
    const put = { method: 'PUT', body: JSON.stringify({ plan_id: null }) };
    // Anonymous callers are refused; the planning office's reviewer may move it.
    expect(
      (await t.server.request(path, { ...put, headers: { 'content-type': 'application/json' } }))
        .status,
    ).toBe(401);
    const { headers } = await signIn(t, 'reviewer');
    const res = await t.server.request(path, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ plan_id: null }),
    });
    expect(res.status).toBe(200);
    const plans = (await (await t.server.request('/api/plans')).json()) as {
      id: string;
      documents: unknown[];
    }[];
    expect(plans.find((p) => p.id === PLAN)?.documents).toHaveLength(2);
  });
});

describe('作战图 API', () => {
  it('puts every 十四五 target in a field row and the quarter it falls due', async () => {
    const res = await t.server.request(`/api/plans/${PLAN}/battlemap?as_of=2026-03-01`);
    expect(res.status).toBe(200);
    const map = (await res.json()) as {
      axis: string;
      columns: { year: number; quarter: number; label: { zh: string } }[];
      rows: { name: string; cells: { status: string; label: string }[][] }[];
    };
    // The quarters of 2021–2025 across; fields down the side until targets are assigned.
    expect(map.axis).toBe('section');
    expect(map.columns).toHaveLength(20);
    expect(map.columns[0]).toMatchObject({ year: 2021, quarter: 1 });
    expect(map.columns[19]?.label.zh).toBe('2025年四季度');
    const entries = map.rows.flatMap((row) => row.cells.flat());
    expect(entries.some((e) => e.label.includes('快递') && e.status === 'missed')).toBe(true);
    expect(map.rows.every((row) => row.cells.length === 20)).toBe(true);
    // A whole-year target falls due in the year's fourth quarter.
    const parcels = map.rows.flatMap((row) =>
      row.cells.flatMap((cell, i) => cell.filter((e) => e.label.includes('快递')).map(() => i)),
    );
    expect(parcels.every((i) => i % 4 === 3)).toBe(true);
  });

  it('keeps one field with ?section=, and escapes document text in the wall chart HTML', async () => {
    const all = (await (await t.server.request(`/api/plans/${PLAN}/battlemap`)).json()) as {
      rows: { name: string }[];
    };
    const first = all.rows[0]?.name ?? '';
    const one = (await (
      await t.server.request(`/api/plans/${PLAN}/battlemap?section=${encodeURIComponent(first)}`)
    ).json()) as { rows: { name: string }[] };
    expect(one.rows.map((r) => r.name)).toEqual([first]);
    const html = await (await t.server.request(`/api/plans/${PLAN}/battlemap.html`)).text();
    expect(html).toContain('义乌市“十四五”规划作战图');
    expect(html).toContain('@page { size: 841mm 594mm');
    expect(html).not.toMatch(/<script/iu);
  });
});

describe('scoped to a plan', () => {
  it('narrows the scorecard and the overview to the plan’s period targets', async () => {
    const all = (await (await t.server.request('/api/scorecard?limit=0')).json()) as {
      total: number;
    };
    // Every page of 200 (the most one request gets), so every row is checked.
    type Page = { total: number; rows: { item: { year: number | null } }[] };
    const scoped: Page = { total: 0, rows: [] };
    for (let offset = 0; offset === 0 || offset < scoped.total; offset += 200) {
      const res = await t.server.request(`/api/scorecard?plan=${PLAN}&limit=200&offset=${offset}`);
      const page = (await res.json()) as Page;
      scoped.total = page.total;
      scoped.rows.push(...page.rows);
    }
    expect(scoped.rows).toHaveLength(scoped.total);
    expect(scoped.total).toBeGreaterThan(100);
    expect(scoped.total).toBeLessThan(all.total);
    expect(scoped.rows.every((r) => r.item.year === null || r.item.year <= 2025)).toBe(true);
    const overview = (await (await t.server.request(`/api/overview?plan=${PLAN}`)).json()) as {
      documents: unknown[];
    };
    // The two proposal parts (the work report was taken out of the plan by a test above).
    expect(overview.documents).toHaveLength(2);
    expect((await t.server.request('/api/scorecard?plan=nope')).status).toBe(404);
  });
});
