/**
 * Issue 11, one promise across documents: an indicator's series tells each promise
 * (deadline, measure) in document order — made, then restated or changed — with the
 * sentences, so the indicator page can show them side by side.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
});
afterAll(async () => {
  await t.close();
});

interface Promise_ {
  year: number;
  events: {
    kind: string;
    document: { date: string | null };
    target: string;
    sentence: string | null;
  }[];
}

it('tells every GDP promise of Yiwu from the document that made it, the moved goal post too', async () => {
  const res = await t.server.request('/api/indicators/gdp/series?jurisdiction=cn-zj-jh-yw');
  expect(res.status).toBe(200);
  const { promises } = (await res.json()) as { promises: Promise_[] };
  // The goal post moved: 2035年突破4000亿元 (proposal, 2021) → 2030年突破3800亿元 (2026).
  const moved = promises.find((p) => p.events.some((e) => e.target.startsWith('>4000')));
  expect(moved?.events.map((e) => [e.kind, e.target])).toEqual([
    ['made', '>4000（2035年）'],
    ['changed', '>3800（2030年）'],
  ]);
  expect(moved?.events[1]?.sentence).toContain('3800亿元');
  // An annual target never continues another year's promise.
  const annual = promises.find((p) => p.events.some((e) => e.target === '≥7（2026年）'));
  expect(annual?.events).toHaveLength(1);
  expect(promises.length).toBeGreaterThan(0);
  for (const promise of promises) {
    expect(promise.events[0]?.kind).toBe('made');
    // Later versions are restated or changed, in date order, each with its sentence.
    const dates = promise.events.map((e) => e.document.date ?? '9999');
    expect([...dates].sort()).toEqual(dates);
    for (const event of promise.events.slice(1)) {
      expect(['restated', 'changed', 'dropped']).toContain(event.kind);
    }
    for (const event of promise.events.filter((e) => e.kind !== 'dropped')) {
      expect(event.sentence).toBeTruthy();
      expect(event.target).not.toBe('');
    }
  }
});
