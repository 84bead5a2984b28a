import type { StatusGroup } from '@lantu/store';
import { describe, expect, it } from 'vitest';
import { planExport } from './export-windows.js';

function group(
  document: string,
  date: string | null,
  key: StatusGroup['key'],
  count: number,
): StatusGroup {
  return {
    document_id: document,
    document_title: `标题${document}`,
    document_date: date,
    status: 'no-data',
    key,
    count,
  };
}

const LIMITS = { rows: 10, documents: 2 };

describe('planExport', () => {
  it('reads documents in the scorecard order, packed up to the limits, a long one by pages', () => {
    const plan = planExport(
      [
        group('c', null, null, 3),
        group('b', '2024-01-01', null, 4),
        group('a', '2024-01-01', null, 5),
        group('d', '2020-01-01', null, 25),
        group('e', '2025-01-01', null, 1),
      ],
      undefined,
      'asc',
      LIMITS,
    );
    expect(plan.windows).toEqual([
      { kind: 'paged', document: 'd', keys: undefined, count: 25 },
      { kind: 'whole', documents: ['a', 'b'], keys: undefined, count: 9 },
      { kind: 'whole', documents: ['e', 'c'], keys: undefined, count: 4 },
    ]);
    expect(['d', 'a', 'b', 'e', 'c'].map(plan.documentRank)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads small key values together and a large one a few documents at a time', () => {
    const plan = planExport(
      [
        group('a', '2024-01-01', 2030, 1),
        { ...group('a', '2024-01-01', 2030, 1), status: 'achieved' }, // one group with the above
        group('b', '2025-01-01', 2030, 3),
        group('a', '2024-01-01', null, 4),
        group('a', '2024-01-01', 2025, 9),
        group('b', '2025-01-01', 2025, 8),
        group('a', '2024-01-01', 2026, 1),
      ],
      'year',
      'desc',
      LIMITS,
    );
    expect(plan.windows).toEqual([
      { kind: 'whole', documents: ['a', 'b'], keys: [2030, 2026], count: 6 },
      { kind: 'whole', documents: ['a'], keys: [2025], count: 9 },
      { kind: 'whole', documents: ['b'], keys: [2025], count: 8 },
      // Undated last, in either direction.
      { kind: 'whole', documents: ['a'], keys: [null], count: 4 },
    ]);
    expect([2030, 2026, 2025, null].map(plan.keyRank)).toEqual([0, 1, 2, 3]);
  });

  it('orders statuses worst first and documents by title for the document sort', () => {
    const byStatus = planExport(
      [group('a', null, 'achieved', 1), group('a', null, 'missed', 1)],
      'status',
      'asc',
      LIMITS,
    );
    expect(['missed', 'achieved'].map(byStatus.keyRank)).toEqual([0, 1]);
    const byTitle = planExport(
      [group('b', '2020-01-01', null, 1), group('a', '2021-01-01', null, 1)],
      'document',
      'desc',
      LIMITS,
    );
    expect(['b', 'a'].map(byTitle.documentRank)).toEqual([0, 1]);
  });
});
