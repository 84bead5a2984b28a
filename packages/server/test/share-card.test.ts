/** One target's share card (issue 12 point 5): its sentence and the latest figure's, with sources. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePosterIfLoaded } from '../src/poster-renderer.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
let missed: { item: { id: string; metric: string } };
beforeAll(async () => {
  t = await openTestServer();
  const card = (await (await t.server.request('/api/scorecard?status=missed')).json()) as {
    rows: (typeof missed)[];
  };
  const first = card.rows[0];
  if (!first) throw new Error('no missed target in the corpus');
  missed = first;
});
afterAll(async () => {
  await closePosterIfLoaded();
  await t.close();
});

describe('GET /api/share-card', () => {
  it('shows the status, the target sentence and its document, in the language asked', async () => {
    const res = await t.server.request(`/api/share-card?item=${missed.item.id}&format=html`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('未完成');
    expect(html).toContain('目标原文');
    expect(html).toContain('义乌市');
    expect(html).toMatch(/《[^》]+》/);
    const en = await (
      await t.server.request(`/api/share-card?item=${missed.item.id}&format=html&lang=en`)
    ).text();
    expect(en).toContain('missed');
    expect(en).toContain('Yiwu');
  });

  it('draws a 1080 px PNG named after the place and the metric', async () => {
    const res = await t.server.request(`/api/share-card?item=${missed.item.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain(
      '分享卡.png',
    );
    const png = new Uint8Array(await res.arrayBuffer());
    // The PNG header's width field (bytes 16–19, big-endian).
    expect(new DataView(png.buffer).getUint32(16)).toBe(1080);
  });

  it('answers 404 for an unknown target', async () => {
    const res = await t.server.request('/api/share-card?item=no-such-item&format=html');
    expect(res.status).toBe(404);
  });
});
