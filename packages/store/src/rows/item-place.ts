import type { DocumentKind } from '@lantu/core';
import type { Selectable } from 'kysely';
import type { DocumentSummary, StoredItem } from '../records.js';
import type { ItemsTable } from '../schema.js';
import { toStoredItem } from './item-row.js';

/** An item with where it sits: its document (the columns stored before its text) and section. */
export interface ItemPlace {
  readonly item: StoredItem;
  readonly document: Pick<DocumentSummary, 'id' | 'title' | 'kind' | 'date' | 'jurisdiction_code'>;
  /** The outline entry the item sits in, if any. */
  readonly section: {
    readonly index: number;
    readonly title: string;
    readonly label: string;
  } | null;
}

/**
 * The columns an item's place is read from, beside `selectAll('items')`, with `documents`
 * joined on `items.document_id` and `outline_nodes` left-joined on the item's section. Only
 * document columns stored before `documents.text` are read: SQLite keeps a long text in
 * overflow pages, and a column after it would drag every one of them in for every row.
 */
export const ITEM_PLACE_COLUMNS = [
  'documents.title as doc_title',
  'documents.kind as doc_kind',
  'documents.date as doc_date',
  'documents.jurisdiction_code as doc_jurisdiction',
  'outline_nodes.label as section_label',
  'outline_nodes.title as section_title',
] as const;

/** A row read with ITEM_PLACE_COLUMNS. */
export type ItemPlaceRow = Selectable<ItemsTable> & {
  readonly doc_title: string;
  readonly doc_kind: string;
  readonly doc_date: string | null;
  readonly doc_jurisdiction: string | null;
  readonly section_label: string | null;
  readonly section_title: string | null;
};

/** Row → the item with its document and section. */
export function toItemPlace(row: ItemPlaceRow): ItemPlace {
  return {
    item: toStoredItem(row),
    document: {
      id: row.document_id,
      title: row.doc_title,
      kind: row.doc_kind as DocumentKind,
      date: row.doc_date,
      jurisdiction_code: row.doc_jurisdiction,
    },
    section:
      row.section === null || row.section_title === null
        ? null
        : { index: row.section, title: row.section_title, label: row.section_label ?? '' },
  };
}
