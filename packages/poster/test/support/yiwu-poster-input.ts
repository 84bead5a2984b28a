/**
 * A poster input built from the real Yiwu fixture 003 (一图读懂2026义乌市政府工作报告) the way
 * the app builds one: read with core's `readDocument` and the manifest's metadata, items
 * linked to the seed catalog, targets evaluated with `evaluateTarget` against the document's
 * own reported figures. Shared by the rendering test and bench/poster-render.ts.
 */
import { readFileSync } from 'node:fs';
import {
  defaultCatalog,
  evaluateTarget,
  linkItem,
  readDocument,
  type DocumentMeta,
  type Indicator,
  type Item,
  type Observation,
} from '@lantu/core';
import type { PosterInput, PosterRow } from '../../src/index.js';

const CORPUS = new URL('../../../../fixtures/yiwu/corpus/', import.meta.url);

interface ManifestEntry extends DocumentMeta {
  readonly file: string;
}

function manifestEntry(prefix: string): ManifestEntry {
  const manifest = JSON.parse(
    readFileSync(new URL('manifest.json', CORPUS), 'utf8'),
  ) as ManifestEntry[];
  const entry = manifest.find((e) => e.file.startsWith(prefix));
  if (entry === undefined) throw new Error(`No fixture ${prefix} in the Yiwu manifest.`);
  return entry;
}

/** An actual as an observation of its linked indicator; null when it cannot be one. */
function observationOf(
  item: Item,
  index: number,
  code: string,
  jurisdiction: string,
): Observation | null {
  if (item.base_value === null || item.year === null || item.measure === null) return null;
  if (item.comparator === 'range' || item.comparator === null) return null;
  return {
    indicator_code: code,
    jurisdiction,
    year: item.year,
    period: item.period,
    measure: item.measure,
    value: item.base_value,
    base_unit: item.base_unit,
    comparator: item.comparator,
    source: {
      type: 'document',
      document_id: 'yiwu-003',
      item_id: `yiwu-003-${index}`,
      text: item.text,
      start: item.start,
      end: item.end,
    },
  };
}

/** The poster input for fixture 003, statuses as of `asOf`. */
export function yiwuPosterInput(asOf = '2026-11-22'): PosterInput {
  const entry = manifestEntry('003_');
  const text = readFileSync(new URL(entry.file, CORPUS), 'utf8');
  const reading = readDocument({ text, meta: entry });
  const jurisdiction = reading.document.jurisdiction ?? '义乌市';
  const catalog = defaultCatalog();
  const links = reading.items.map((item) => {
    const link = linkItem(item, catalog, { jurisdictionNames: [jurisdiction] });
    return link === null ? null : (catalog.byCode.get(link.indicator_code) ?? null);
  });
  const observations = reading.items.flatMap((item, index) => {
    const indicator = links[index];
    if (item.kind !== 'actual' || indicator === null || indicator === undefined) return [];
    const observation = observationOf(item, index, indicator.code, jurisdiction);
    return observation === null ? [] : [observation];
  });
  const rows: PosterRow[] = reading.items.flatMap((item, index) => {
    if (item.kind === 'actual') return [];
    const indicator: Indicator | null = links[index] ?? null;
    const status = evaluateTarget({
      target: item,
      indicator,
      observations: observations.filter((o) => o.indicator_code === indicator?.code),
      asOf,
    });
    return [{ item, status, indicator }];
  });
  return {
    document: {
      title: reading.document.title,
      kind: reading.document.kind,
      date: reading.document.date,
      jurisdiction,
      issuer: entry.issuer ?? null,
    },
    rows,
    actuals: reading.items.filter((item) => item.kind === 'actual'),
    frameworks: reading.frameworks,
    asOf,
    generatedOn: '2026-11-22',
  };
}
