import type { Kysely } from 'kysely';
import type { StoredReading, DocumentSummary } from '../records.js';
import { toFramework } from '../rows/framework-row.js';
import { toStoredItem } from '../rows/item-row.js';
import { toOutlineEntry } from '../rows/outline-row.js';
import type { Database } from '../schema.js';

/** Reads back everything an ingest wrote for one document, each list in reading order. */
export async function readStoredReading(
  db: Kysely<Database>,
  document: DocumentSummary,
): Promise<StoredReading> {
  const id = document.id;
  const outline = await db
    .selectFrom('outline_nodes')
    .selectAll()
    .where('document_id', '=', id)
    .orderBy('idx')
    .execute();
  const frameworks = await db
    .selectFrom('frameworks')
    .selectAll()
    .where('document_id', '=', id)
    .orderBy('idx')
    .execute();
  const parts = await db
    .selectFrom('framework_parts')
    .innerJoin('frameworks', 'frameworks.id', 'framework_parts.framework_id')
    .selectAll('framework_parts')
    .where('frameworks.document_id', '=', id)
    .orderBy('framework_parts.framework_id')
    .orderBy('framework_parts.idx')
    .execute();
  const items = await db
    .selectFrom('items')
    .selectAll()
    .where('document_id', '=', id)
    .orderBy('idx')
    .execute();
  return {
    document,
    outline: outline.map(toOutlineEntry),
    frameworks: frameworks.map((row) =>
      toFramework(
        row,
        parts.filter((part) => part.framework_id === row.id),
      ),
    ),
    items: items.map(toStoredItem),
  };
}
