import type { Item, Reading, StatusCode, TargetStatus } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../src/records.js';
import type { StatusExportScope, StatusGroup } from '../src/repositories/status-export.js';
import { DIALECTS, useStore, type StoreUnderTest } from './use-store.js';

const AS_OF = '2026-03-01';
const METRICS = ['乙指标', '甲指标', '丙指标'] as const;
const YEARS = [2030, null, 2025] as const;
const STATUSES: readonly StatusCode[] = ['missed', 'achieved', 'no-data', 'on-track'];

/** A document of `n` targets (the last one a milestone) with metrics and years in turn. */
function reading(title: string, date: string, jurisdiction: string, n: number): Reading {
  let text = '';
  const items: Item[] = [];
  for (let k = 0; k < n; k++) {
    const line = `${METRICS[k % 3]}目标${k}`;
    items.push({
      kind: k === n - 1 ? 'milestone' : 'target',
      metric: METRICS[k % 3] ?? '',
      measure: null,
      comparator: null,
      value: null,
      value_max: null,
      unit: null,
      base_value: null,
      base_unit: null,
      year: YEARS[k % 3] ?? null,
      period: null,
      recurring: false,
      baseline: null,
      scope: null,
      text: line,
      start: text.length,
      end: text.length + line.length,
      section: null,
    });
    text += `${line}\n`;
  }
  return {
    document: { title, chars: text.length, horizon: 2030, kind: 'work-report', date, jurisdiction },
    outline: [],
    items,
    frameworks: [],
  };
}

function statusOf(code: StatusCode): TargetStatus {
  return {
    status: code,
    method: 'deadline-comparator',
    label: { zh: '状态', en: code },
    numbers: {} as TargetStatus['numbers'],
    explanation: { zh: code, en: code },
    per_year: [],
    observations: [],
  };
}

/** Two documents of 义乌市 (7 and 5 items) and one of 金华市 (4); every status stored. */
async function seed(t: StoreUnderTest): Promise<StoredItem[][]> {
  await t.store.jurisdictions.seedDefaults();
  const docs = [
    reading('义乌甲', '2026-01-20', '义乌市', 7),
    reading('义乌乙', '2025-01-20', '义乌市', 5),
    reading('金华', '2026-02-01', '金华市', 4),
  ];
  const lists: StoredItem[][] = [];
  for (const [n, r] of docs.entries()) {
    const text = r.items.map((i) => i.text).join('\n') + '\n';
    const { documentId } = await t.store.documents.ingestReading({
      fileName: `doc${n}.txt`,
      text,
      reading: r,
      actor: 'test',
    });
    const items = await t.store.items.list({ documentId });
    lists.push(items);
    await t.store.statuses.putMany(
      AS_OF,
      items.map((item) => ({
        item_id: item.id,
        jurisdiction_code: item.jurisdiction_code ?? '',
        document_id: item.document_id,
        idx: item.idx,
        status: statusOf(STATUSES[item.idx % STATUSES.length] ?? 'no-data'),
      })),
    );
  }
  return lists;
}

const SCOPE: StatusExportScope = { asOf: AS_OF, kinds: ['target', 'milestone'] };

for (const dialect of DIALECTS) {
  describe(`status export reads (${dialect})`, () => {
    const t = useStore(dialect);

    it('counts the rows per document, stored status and key value, with each document’s title and date', async () => {
      const [a, b, c] = await seed(t);
      const statuses = t.store.statuses;
      const sum = (groups: readonly StatusGroup[], pick: (g: StatusGroup) => unknown) => {
        const sums = new Map<unknown, number>();
        for (const g of groups) sums.set(pick(g), (sums.get(pick(g)) ?? 0) + g.count);
        return sums;
      };
      const byDocument = await statuses.exportGroups(SCOPE);
      expect(byDocument.every((g) => g.key === null)).toBe(true);
      expect(
        sum(byDocument, (g) => `${g.document_id} ${g.document_title} ${g.document_date}`),
      ).toEqual(
        new Map([
          [`${a?.[0]?.document_id} 义乌甲 2026-01-20`, 7],
          [`${b?.[0]?.document_id} 义乌乙 2025-01-20`, 5],
          [`${c?.[0]?.document_id} 金华 2026-02-01`, 4],
        ]),
      );
      // Statuses by index % 4 (missed, achieved, no-data, on-track): 0–6 in the first.
      const first = byDocument.filter((g) => g.document_id === a?.[0]?.document_id);
      expect(sum(first, (g) => g.status)).toEqual(
        new Map([
          ['missed', 2],
          ['achieved', 2],
          ['no-data', 2],
          ['on-track', 1],
        ]),
      );
      const years = await statuses.exportGroups({ ...SCOPE, jurisdiction: 'cn-zj-jh' }, 'year');
      expect(sum(years, (g) => g.key)).toEqual(
        new Map([
          [2030, 2],
          [null, 1],
          [2025, 1],
        ]),
      );
      const metrics = await statuses.exportGroups({ ...SCOPE, kinds: ['target'] }, 'metric');
      const byMetric = sum(metrics, (g) => g.key);
      expect([byMetric.get('乙指标'), byMetric.get('甲指标'), byMetric.get('丙指标')]).toEqual([
        5, 4, 4,
      ]);
      const byStatus = await statuses.exportGroups(SCOPE, 'status');
      expect(byStatus.every((g) => g.key === g.status)).toBe(true);
      expect(sum(byStatus, (g) => g.key).get('missed')).toBe(2 + 2 + 1);

      // Items without a status stored for the date are counted apart, under null.
      await statuses.invalidate(['cn-zj-jh']);
      const missing = (await statuses.exportGroups(SCOPE)).filter((g) => g.status === null);
      expect(missing).toEqual([
        expect.objectContaining({ document_id: c?.[0]?.document_id, count: 4 }),
      ]);
    });

    it('reads rows of some documents by key value, by index range and by position', async () => {
      const [a, b] = await seed(t);
      const statuses = t.store.statuses;
      const ids = (rows: readonly { item: { id: string } }[]) => rows.map((r) => r.item.id);
      const docs = [a?.[0]?.document_id ?? '', b?.[0]?.document_id ?? ''];

      // An undated year is asked for beside dated ones: SQL's `in` alone never matches null.
      const undated = await statuses.exportRows(SCOPE, {
        documents: docs,
        by: 'year',
        keys: [null, 2025],
      });
      const expected = [...(a ?? []), ...(b ?? [])]
        .filter((i) => i.year === null || i.year === 2025)
        .sort((x, y) => (x.document_id < y.document_id ? -1 : 1) || x.idx - y.idx);
      expect(ids(undated)).toEqual(expected.map((i) => i.id));
      expect(undated.every((r) => r.key === null || r.key === 2025)).toBe(true);

      const paged = await statuses.exportRows(SCOPE, {
        documents: [docs[0] ?? ''],
        afterIdx: 2,
        limit: 3,
      });
      expect(paged.map((r) => r.item.idx)).toEqual([3, 4, 5]);
      expect(paged[0]?.item.metric).toBe('乙指标');
      expect(paged[0]?.document).toEqual({
        id: docs[0],
        title: '义乌甲',
        kind: 'work-report',
        date: '2026-01-20',
        jurisdiction_code: 'cn-zj-jh-yw',
      });
      expect(paged[0]?.section).toBeNull();
      expect(paged[0]?.status.status).toBe(STATUSES[3]);

      const picked = await statuses.exportRows(SCOPE, {
        documents: docs,
        positions: new Map([
          [docs[0] ?? '', [6, 1]],
          [docs[1] ?? '', [0]],
        ]),
      });
      expect(picked.map((r) => [r.item.document_id, r.item.idx]).sort()).toEqual(
        [
          [docs[0], 1],
          [docs[0], 6],
          [docs[1], 0],
        ].sort(),
      );
      const byMetric = await statuses.exportRows(
        { ...SCOPE, q: '甲指标', status: 'missed' },
        { documents: docs, by: 'metric', keys: ['甲指标'] },
      );
      // 甲指标 sits at indexes 1 and 4 of each; index 4 (4 % 4 = 0) is missed in both.
      expect(byMetric.map((r) => [r.item.idx, r.key, r.status.status])).toEqual([
        [4, '甲指标', 'missed'],
        [4, '甲指标', 'missed'],
      ]);
    });

    it('narrows by document, plan period, indicator and text; counts items without a stored status', async () => {
      const [a, , c] = await seed(t);
      const statuses = t.store.statuses;
      const count = async (scope: StatusExportScope) =>
        (await statuses.exportGroups(scope))
          .filter((g) => g.status !== null)
          .reduce((sum, g) => sum + g.count, 0);
      expect(await count({ ...SCOPE, documentIds: [a?.[0]?.document_id ?? ''] })).toBe(7);
      expect(await count({ ...SCOPE, documentIds: [] })).toBe(0);
      // A plan's period keeps undated items: of 16, those due in 2030 are left out.
      expect(await count({ ...SCOPE, yearRange: [2021, 2025] })).toBe(16 - 7);
      expect(await count({ ...SCOPE, indicator: 'gdp' })).toBe(0);
      expect(await count({ ...SCOPE, q: '目标1' })).toBe(3);
      expect(await count({ ...SCOPE, asOf: '2020-01-01' })).toBe(0);

      expect(await statuses.unstored(SCOPE)).toEqual([]);
      const codes = ['cn-zj-jh', 'cn-zj-jh-yw', ...Array.from({ length: 25 }, (_, n) => `x${n}`)];
      await statuses.putMany(AS_OF, [], new Map(codes.map((code) => [code, { code }])));
      const read: unknown[] = [];
      for await (const f of statuses.exportFindings(AS_OF)) read.push(f);
      expect(read).toEqual([...codes].sort().map((code) => ({ code })));
      const one: unknown[] = [];
      for await (const f of statuses.exportFindings(AS_OF, 'x3')) one.push(f);
      expect(one).toEqual([{ code: 'x3' }]);
      await statuses.invalidate(['cn-zj-jh']);
      expect(await statuses.unstored(SCOPE)).toEqual([
        { jurisdiction_code: 'cn-zj-jh', count: c?.length },
      ]);
      expect(await statuses.unstored({ ...SCOPE, jurisdiction: 'cn-zj-jh-yw' })).toEqual([]);
    });
  });
}
