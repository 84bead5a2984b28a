import type { TargetStatus } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../src/records.js';
import type { StatusInput } from '../src/repositories/statuses.js';
import { sampleIngest } from './sample-reading.js';
import { DIALECTS, useStore, type StoreUnderTest } from './use-store.js';

const STATUSES = ['achieved', 'missed', 'no-data', 'achieved', 'not-yet-due', 'missed'] as const;

function statusOf(code: TargetStatus['status'], n: number): TargetStatus {
  return {
    status: code,
    method: 'deadline-comparator',
    label: { zh: '状态', en: code },
    numbers: {} as TargetStatus['numbers'],
    explanation: { zh: `第${n}项`, en: `item ${n}` },
    per_year: [],
    observations: [],
  };
}

/** Ingests the sample into two jurisdictions; returns their items in reading order. */
async function ingestTwo(t: StoreUnderTest): Promise<[StoredItem[], StoredItem[]]> {
  await t.store.jurisdictions.seedDefaults();
  const a = await t.store.documents.ingestReading(sampleIngest());
  const b = await t.store.documents.ingestReading(
    sampleIngest({ suffix: '\n附：名词解释', jurisdiction: '金华市' }),
  );
  return [
    await t.store.items.list({ documentId: a.documentId }),
    await t.store.items.list({ documentId: b.documentId }),
  ];
}

function inputs(items: readonly StoredItem[], jurisdiction: string): StatusInput[] {
  return items.map((item, n) => ({
    item_id: item.id,
    jurisdiction_code: jurisdiction,
    document_id: item.document_id,
    idx: item.idx,
    status: statusOf(STATUSES[n % STATUSES.length] ?? 'no-data', n),
  }));
}

for (const dialect of DIALECTS) {
  describe(`statuses (${dialect})`, () => {
    const t = useStore(dialect);

    it('stores, pages in reading order with totals, replaces and invalidates', async () => {
      const [first, second] = await ingestTwo(t);
      const statuses = t.store.statuses;
      const findings = new Map([['ja', { conflicts: [1, 2] }]]);
      await statuses.putMany('2026-03-01', inputs(first, 'ja'), findings);
      await statuses.putMany('2026-03-01', inputs(second, 'jb'));
      await statuses.putMany('2025-01-01', inputs(first, 'ja'));

      expect(await statuses.count('ja', '2026-03-01')).toBe(first.length);
      expect(await statuses.count('jb', '2026-03-01')).toBe(second.length);
      expect(await statuses.count('ja', '2024-01-01')).toBe(0);
      expect(await statuses.findings('ja', '2026-03-01')).toEqual({ conflicts: [1, 2] });
      expect(await statuses.findings('jb', '2026-03-01')).toBeNull();

      const whole = await statuses.page('ja', '2026-03-01');
      expect(whole.rows.map((r) => r.item_id)).toEqual(first.map((i) => i.id));
      expect(whole.rows[1]?.status).toEqual(statusOf('missed', 1));
      expect(whole.total).toBe(first.length);
      expect(whole.totals).toMatchObject({ achieved: 2, missed: 2, 'no-data': 1 });
      expect(whole.totals['not-yet-due']).toBe(1);

      const cut = await statuses.page('ja', '2026-03-01', { limit: 2, offset: 1 });
      expect(cut.rows.map((r) => r.item_id)).toEqual(first.slice(1, 3).map((i) => i.id));
      expect(cut.total).toBe(first.length);
      const missed = await statuses.page('ja', '2026-03-01', { status: 'missed', offset: 1 });
      expect(missed.rows.map((r) => r.item_id)).toEqual([first[5]?.id]);
      expect(missed.total).toBe(2);
      expect(missed.totals).toEqual(whole.totals);

      // Storing again replaces the row of the same item and date.
      await statuses.putMany('2026-03-01', [
        { ...inputs(first, 'ja')[0], status: statusOf('no-data', 0) } as StatusInput,
      ]);
      expect(await statuses.count('ja', '2026-03-01')).toBe(first.length);
      expect((await statuses.page('ja', '2026-03-01', { limit: 1 })).rows[0]?.status.status).toBe(
        'no-data',
      );

      await statuses.invalidate(['ja']);
      expect(await statuses.count('ja', '2026-03-01')).toBe(0);
      expect(await statuses.count('ja', '2025-01-01')).toBe(0);
      expect(await statuses.findings('ja', '2026-03-01')).toBeNull();
      expect(await statuses.count('jb', '2026-03-01')).toBe(second.length);
      await statuses.invalidate('all');
      expect(await statuses.count('jb', '2026-03-01')).toBe(0);
    });

    it('pages every jurisdiction at once, narrowed by year and kind, with SQL totals', async () => {
      const [first, second] = await ingestTwo(t);
      const statuses = t.store.statuses;
      await statuses.putMany('2026-03-01', inputs(first, 'ja'), new Map([['ja', { a: 1 }]]));
      await statuses.putMany('2026-03-01', inputs(second, 'jb'), new Map([['jb', { b: 2 }]]));
      const all = [...first, ...second];
      expect(await statuses.count(undefined, '2026-03-01')).toBe(all.length);
      expect(await statuses.allFindings('2026-03-01')).toEqual([{ a: 1 }, { b: 2 }]);

      const everything = await statuses.page(undefined, '2026-03-01', { limit: 3 });
      expect(everything.rows).toHaveLength(3);
      expect(everything.total).toBe(all.length);
      const summed = Object.values(everything.totals).reduce((a, b) => a + b, 0);
      expect(summed).toBe(all.length);

      const year = all.find((i) => i.year !== null)?.year;
      if (year === undefined || year === null) throw new Error('sample has no dated item');
      const ofYear = all.filter((i) => i.year === year).map((i) => i.id);
      const dated = await statuses.page(undefined, '2026-03-01', { year });
      expect(dated.rows.map((r) => r.item_id).sort()).toEqual([...ofYear].sort());
      expect(dated.total).toBe(ofYear.length);
      const kind = all[0]?.kind === 'milestone' ? 'milestone' : 'target';
      const ofKind = all.filter((i) => i.kind === kind);
      const byKind = await statuses.page('ja', '2026-03-01', { kind, limit: 200 });
      expect(byKind.total).toBe(ofKind.filter((i) => first.includes(i)).length);
    });

    it('drops the statuses of a deleted item', async () => {
      const [first] = await ingestTwo(t);
      await t.store.statuses.putMany('2026-03-01', inputs(first, 'ja'));
      const doc = first[0]?.document_id ?? '';
      await t.raw.deleteFrom('items').where('document_id', '=', doc).execute();
      expect(await t.store.statuses.count('ja', '2026-03-01')).toBe(0);
    });
  });
}
