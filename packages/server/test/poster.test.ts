import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePosterIfLoaded } from '../src/poster-renderer.js';
import { getJson, openTestServer, type TestServer } from './yiwu-server.js';

// PNG and PDF are drawn by headless Chromium, which the test run installs
// (scripts/ensure-system-deps.sh): without it these tests fail rather than skip.

let t: TestServer;
let reportId: string;
beforeAll(async () => {
  t = await openTestServer();
  const report = (await t.app.documents()).find((d) => d.file_name.startsWith('003_'));
  reportId = report?.id ?? '';
});
afterAll(async () => {
  await closePosterIfLoaded();
  expect(t.logged).toEqual([]);
  await t.close();
});

describe('GET /api/poster', () => {
  it('previews the work report as HTML with its title', async () => {
    const res = await t.server.request(`/api/poster?document=${reportId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html');
    expect(html).toContain('一图读懂2026义乌市政府工作报告');
  });

  it('renders a PNG 1080 px wide', async () => {
    const res = await t.server.request(`/api/poster?document=${reportId}&format=png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    // IHDR's width: big-endian at byte 16.
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(16)).toBe(1080);
  });

  it('renders a PDF', async () => {
    const res = await t.server.request(`/api/poster?document=${reportId}&format=pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const head = new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(0, 5));
    expect(head).toBe('%PDF-');
  });

  it('answers 404 for an unknown document, 400 without one or with a bad format', async () => {
    expect((await getJson(t.server, '/api/poster?document=nope')).status).toBe(404);
    const missing = await getJson(t.server, '/api/poster');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { code: 'INPUT_INVALID' } });
    const format = await getJson(t.server, `/api/poster?document=${reportId}&format=gif`);
    expect(format.status).toBe(400);
  });
});
