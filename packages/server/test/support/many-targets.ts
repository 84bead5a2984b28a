import type { Item, Reading } from '@lantu/core';
import type { LantuApp } from '@lantu/app';

/** Metrics the synthetic targets cycle through (no commas: a test splits CSV lines). */
export const SYNTHETIC_METRICS = ['地区生产总值', '财政收入', '进出口总额', '固定资产投资'];

/** One synthetic document of `n` targets: due 2021–2030 in turn, every seventh undated. */
function syntheticReading(d: number, n: number, jurisdiction: string): Reading {
  let text = '';
  const items: Item[] = [];
  for (let k = 0; k < n; k++) {
    const metric = SYNTHETIC_METRICS[(d + k) % SYNTHETIC_METRICS.length] ?? '';
    const year = k % 7 === 6 ? null : 2021 + ((d + k) % 10);
    const value = d + k + 1; // every document's text differs (same texts are one document)
    const line = `${year ?? ''}年${metric}达到${value}亿元以上`;
    items.push({
      kind: 'target',
      metric,
      measure: 'level',
      comparator: '>=',
      value,
      value_max: null,
      unit: '亿元',
      base_value: value * 1e8,
      base_unit: '元',
      year,
      period: null,
      recurring: false,
      baseline: null,
      scope: null,
      text: line,
      start: text.length,
      end: text.length + line.length,
      section: null,
    });
    text += `${line}。\n`;
  }
  return {
    document: {
      title: `合成文件${String(d).padStart(3, '0')}`,
      chars: text.length,
      horizon: 2030,
      kind: 'work-report',
      date: `${2000 + (d % 25)}-01-15`,
      jurisdiction,
    },
    outline: [],
    items,
    frameworks: [],
  };
}

/**
 * Stores `documents` synthetic documents of `perDocument` targets each straight into the
 * store (no reading, no linking), as bench/store-scale.ts does, and stores their statuses.
 */
export async function seedManyTargets(
  app: LantuApp,
  documents: number,
  perDocument: number,
  jurisdiction = '义乌市',
): Promise<void> {
  await app.store.jurisdictions.seedDefaults();
  for (let d = 0; d < documents; d++) {
    const reading = syntheticReading(d, perDocument, jurisdiction);
    const text = reading.items.map((i) => `${i.text}。\n`).join('');
    await app.store.documents.ingestReading({
      fileName: `synthetic-${d}.txt`,
      text,
      reading,
      actor: 'test',
    });
  }
  await app.refreshStatuses();
}
