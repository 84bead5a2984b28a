import type { Item, Reading, StatusCode, TargetStatus } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../src/records.js';
import type { StatusExportScope } from '../src/repositories/status-export.js';
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

    it('counts the rows per document and per key value, with each document’s title and date', async () => {
      const [a, b, c] = await seed(t);
      const statuses = t.store.statuses;
      const byDocument = await statuses.exportGroups(SCOPE);
      expect(byDocument.sort((x, y) => y.count - x.count)).toEqual([
        {
          document_id: a?.[0]?.document_id,
          document_title: '义乌甲',
          document_date: '2026-01-20',
          key: null,
          count: 7,
        },
        {
          document_id: b?.[0]?.document_id,
          document_title: '义乌乙',
          document_date: '2025-01-20',
          key: null,
          count: 5,
        },
        {
          document_id: c?.[0]?.document_id,
          document_title: '金华',
          document_date: '2026-02-01',
          key: null,
          count: 4,
        },
      ]);
      const years = await statuses.exportGroups({ ...SCOPE, jurisdiction: 'cn-zj-jh' }, 'year');
      expect(years.map((g) => [g.key, g.count]).sort()).toEqual([
        [null, 1], // sort() compares "," + "1": null becomes the empty string
        [2025, 1],
        [2030, 2],
      ]);
      const metrics = await statuses.exportGroups({ ...SCOPE, kinds: ['target'] }, 'metric');
      const total = (key: string) =>
        metrics.filter((g) => g.key === key).reduce((sum, g) => sum + g.count, 0);
      expect([total('乙指标'), total('甲指标'), total('丙指标')]).toEqual([5, 4, 4]);
      const missed = await statuses.exportGroups({ ...SCOPE, status: 'missed' }, 'status');
      expect(missed.every((g) => g.key === 'missed')).toBe(true);
      expect(missed.reduce((sum, g) => sum + g.count, 0)).toBe(2 + 2 + 1);
    });

    it('reads rows of some documents by key value, by index range and by position', async () => {
      const [a, b] = await seed(t);
      const statuses = t.store.statuses;
      const ids = (rows: readonly { item_id: string }[]) => rows.map((r) => r.item_id);
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
      expect(ids(undated)).toEqual(ids(expected.map((i) => ({ item_id: i.id }))));
      expect(undated.every((r) => r.key === null || r.key === 2025)).toBe(true);

      const paged = await statuses.exportRows(SCOPE, {
        documents: [docs[0] ?? ''],
        afterIdx: 2,
        limit: 3,
      });
      expect(paged.map((r) => r.idx)).toEqual([3, 4, 5]);
      expect(paged[0]?.status.status).toBe(STATUSES[3]);

      const picked = await statuses.exportRows(SCOPE, {
        documents: docs,
        positions: new Map([
          [docs[0] ?? '', [6, 1]],
          [docs[1] ?? '', [0]],
        ]),
      });
      expect(picked.map((r) => [r.document_id, r.idx]).sort()).toEqual(
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
      expect(byMetric.map((r) => [r.idx, r.key, r.status.status])).toEqual([
        [4, '甲指标', 'missed'],
        [4, '甲指标', 'missed'],
      ]);
    });

    it('narrows by document, plan period, indicator and text; counts items without a stored status', async () => {
      const [a, , c] = await seed(t);
      const statuses = t.store.statuses;
      const count = async (scope: StatusExportScope) =>
        (await statuses.exportGroups(scope)).reduce((sum, g) => sum + g.count, 0);
      expect(await count({ ...SCOPE, documentIds: [a?.[0]?.document_id ?? ''] })).toBe(7);
      expect(await count({ ...SCOPE, documentIds: [] })).toBe(0);
      // A plan's period keeps undated items: of 16, those due in 2030 are left out.
      expect(await count({ ...SCOPE, yearRange: [2021, 2025] })).toBe(16 - 7);
      expect(await count({ ...SCOPE, indicator: 'gdp' })).toBe(0);
      expect(await count({ ...SCOPE, q: '目标1' })).toBe(3);
      expect(await count({ ...SCOPE, asOf: '2020-01-01' })).toBe(0);

      expect(await statuses.unstored(SCOPE)).toEqual([]);
      await statuses.invalidate(['cn-zj-jh']);
      expect(await statuses.unstored(SCOPE)).toEqual([
        { jurisdiction_code: 'cn-zj-jh', count: c?.length },
      ]);
      expect(await statuses.unstored({ ...SCOPE, jurisdiction: 'cn-zj-jh-yw' })).toEqual([]);
    });
  });
}
