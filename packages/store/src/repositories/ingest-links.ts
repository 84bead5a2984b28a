import type { Item, Observation } from '@lantu/core';
import type { Kysely } from 'kysely';
import { chunk } from '../batch.js';
import { insertRows } from '../insert-rows.js';
import type { ChangeAuthor } from '../records.js';
import { historyRow } from '../rows/history-row.js';
import { observationRow } from '../rows/observation-row.js';
import type { Database, ObservationsTable } from '../schema.js';
import { isIntegerFrom, isOneOf } from '../validation/checks.js';
import { observationProblems } from '../validation/observation-problems.js';
import { fieldChanges } from './field-changes.js';
import { unknownReferences } from './observation-references.js';

/** The automatic link of one item of a reading, stored in the same transaction as the item. */
export interface IngestLink {
  /** The item's index in `reading.items`. */
  readonly itemIndex: number;
  readonly indicatorCode: string | null;
  /** How sure the linker is, 0..1; null when not given. */
  readonly confidence: number | null;
  /** Whose figure the item is; null for none. */
  readonly jurisdictionCode: string | null;
  readonly method: 'auto';
}

/**
 * The figure one item of a reading reports, stored in the same transaction as the item.
 * Its source is that item: the store fills in the document source (ids, text and span).
 */
export interface IngestObservation {
  /** The item's index in `reading.items`. */
  readonly itemIndex: number;
  readonly observation: Omit<Observation, 'source'>;
}

/** The link columns of an item. */
export interface ItemLinkColumns {
  readonly indicator_code: string | null;
  readonly link_confidence: number | null;
  readonly link_method: 'auto' | null;
  readonly jurisdiction_code: string | null;
}

const LINK_FIELDS = [
  'indicator_code',
  'link_confidence',
  'link_method',
  'jurisdiction_code',
] as const;

/** Problems with the links and observations of an ingest, before anything is written. */
export function ingestExtrasProblems(
  items: readonly Item[],
  links: readonly IngestLink[],
  observations: readonly IngestObservation[],
): string[] {
  const problems: string[] = [];
  const isItemIndex = (index: unknown): index is number =>
    isIntegerFrom(index, 0) && index < items.length;
  const linked = new Set<number>();
  for (const [at, link] of links.entries()) {
    const label = `links[${at}]`;
    if (!isItemIndex(link.itemIndex)) {
      problems.push(`${label}.itemIndex must be the index of an item of the reading`);
    } else if (linked.has(link.itemIndex)) {
      problems.push(`${label}.itemIndex ${link.itemIndex} is linked twice`);
    } else {
      linked.add(link.itemIndex);
    }
    if (!isOneOf(['auto'], link.method)) problems.push(`${label}.method must be auto`);
    const { confidence } = link;
    if (!(
      confidence === null ||
      (typeof confidence === 'number' && confidence >= 0 && confidence <= 1)
    )) {
      problems.push(`${label}.confidence must be between 0 and 1, or null`);
    }
  }
  for (const [at, entry] of observations.entries()) {
    const label = `observations[${at}]`;
    const item = isItemIndex(entry.itemIndex) ? items[entry.itemIndex] : undefined;
    if (item === undefined) {
      problems.push(`${label}.itemIndex must be the index of an item of the reading`);
      continue;
    }
    // The ids are not known yet; stand-ins let the values be checked before writing.
    const source = { document_id: 'pending', item_id: 'pending' };
    problems.push(...observationProblems(observationOf(entry, item, source), label));
  }
  return problems;
}

/**
 * Each linked item's link columns by item index. Every link is written, as store.links.set
 * would write it on a new item (its method alone differs from an unlinked item's).
 */
export function linkColumnsByIndex(links: readonly IngestLink[]): Map<number, ItemLinkColumns> {
  return new Map(
    links.map((link) => [
      link.itemIndex,
      {
        indicator_code: link.indicatorCode,
        link_confidence: link.confidence,
        link_method: link.method,
        jurisdiction_code: link.jurisdictionCode,
      },
    ]),
  );
}

/** Unknown indicators and jurisdictions the links name, as INPUT_INVALID would list them. */
export async function unknownLinkReferences(
  trx: Kysely<Database>,
  links: Iterable<ItemLinkColumns>,
): Promise<string[]> {
  const problems: string[] = [];
  const indicators = new Set<string>();
  const jurisdictions = new Set<string>();
  for (const link of links) {
    if (link.indicator_code !== null) indicators.add(link.indicator_code);
    if (link.jurisdiction_code !== null) jurisdictions.add(link.jurisdiction_code);
  }
  const known = async (table: 'indicators' | 'jurisdictions', codes: Set<string>) => {
    const found = new Set<string>();
    for (const batch of chunk([...codes])) {
      const rows = await trx.selectFrom(table).select('code').where('code', 'in', batch).execute();
      for (const row of rows) found.add(row.code);
    }
    return found;
  };
  const knownIndicators = await known('indicators', indicators);
  const knownJurisdictions = await known('jurisdictions', jurisdictions);
  for (const code of indicators)
    if (!knownIndicators.has(code)) problems.push(`no indicator ${code}`);
  for (const code of jurisdictions)
    if (!knownJurisdictions.has(code)) problems.push(`no jurisdiction ${code}`);
  return problems;
}

/** One `link` history entry per linked item, in item order, as the link repository writes them. */
export async function appendLinkHistory(
  trx: Kysely<Database>,
  entry: {
    readonly itemIds: readonly string[];
    readonly links: ReadonlyMap<number, ItemLinkColumns>;
    readonly documentJurisdiction: string | null;
    readonly actor: ChangeAuthor;
    readonly at: string;
  },
): Promise<void> {
  const unlinked = unlinkedColumns(entry.documentJurisdiction);
  const rows = [...entry.links.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, next]) =>
      historyRow({
        entity: 'item',
        entity_id: entry.itemIds[index] ?? '',
        action: 'link',
        actor: entry.actor,
        at: entry.at,
        ...fieldChanges(unlinked, next, LINK_FIELDS),
      }),
    );
  await insertRows(trx, 'history', rows);
}

/**
 * Writes the observations of an ingest, each sourced from its item. Unknown codes are
 * INPUT_INVALID (thrown by the caller from the returned problems), like in addMany.
 */
export async function writeIngestObservations(
  trx: Kysely<Database>,
  entry: {
    readonly observations: readonly IngestObservation[];
    readonly items: readonly Item[];
    readonly itemIds: readonly string[];
    readonly documentId: string;
    readonly createdAt: string;
    readonly newId: () => string;
  },
): Promise<string[]> {
  const observations = entry.observations.map((o) =>
    observationOf(o, entry.items[o.itemIndex] as Item, {
      document_id: entry.documentId,
      item_id: entry.itemIds[o.itemIndex] ?? '',
    }),
  );
  if (observations.length === 0) return [];
  const unknown = await unknownReferences(trx, observations);
  if (unknown.length > 0) return unknown;
  const rows: ObservationsTable[] = observations.map((o) =>
    observationRow(o, { id: entry.newId(), createdAt: entry.createdAt }),
  );
  await insertRows(trx, 'observations', rows);
  return [];
}

function observationOf(
  entry: IngestObservation,
  item: Item,
  ids: { readonly document_id: string; readonly item_id: string },
): Observation {
  return {
    ...entry.observation,
    source: {
      type: 'document',
      document_id: ids.document_id,
      item_id: ids.item_id,
      text: item.text,
      start: item.start,
      end: item.end,
    },
  };
}

function unlinkedColumns(documentJurisdiction: string | null): ItemLinkColumns {
  return {
    indicator_code: null,
    link_confidence: null,
    link_method: null,
    jurisdiction_code: documentJurisdiction,
  };
}
