import { randomUUID } from 'node:crypto';
import type { Reading } from '@lantu/core';
import type { Insertable, Kysely } from 'kysely';
import { insertRows } from '../insert-rows.js';
import { frameworkRows } from '../rows/framework-row.js';
import { itemColumns } from '../rows/item-row.js';
import { outlineRow } from '../rows/outline-row.js';
import type { Database, DocumentsTable, ItemsTable } from '../schema.js';
import type { ItemLinkColumns } from './ingest-links.js';

/**
 * Writes a document row and its whole reading (outline, frameworks, items). Runs inside the
 * caller's transaction: outline first, because items point at outline entries. An item
 * with an entry in `links` (by index) is written linked. Returns the item ids in order.
 */
export async function writeReading(
  trx: Kysely<Database>,
  document: Insertable<DocumentsTable>,
  reading: Reading,
  links: ReadonlyMap<number, ItemLinkColumns> = new Map(),
): Promise<string[]> {
  await trx.insertInto('documents').values(document).execute();
  const outline = reading.outline.map((entry, idx) => outlineRow(document.id, idx, entry));
  await insertRows(trx, 'outline_nodes', outline);
  for (const [idx, framework] of reading.frameworks.entries()) {
    const rows = frameworkRows({ id: randomUUID(), documentId: document.id, idx }, framework);
    await trx.insertInto('frameworks').values(rows.framework).execute();
    if (rows.parts.length > 0) await trx.insertInto('framework_parts').values(rows.parts).execute();
  }
  // Each row grows from itemColumns' object, all rows through the same steps, so they share
  // one shape; spreading two objects into a new one per item took most of a second and its
  // garbage for 66,000 items.
  const items = reading.items.map((item, idx): Insertable<ItemsTable> => {
    const link = links.get(idx);
    return Object.assign(itemColumns(item), {
      id: randomUUID(),
      document_id: document.id,
      idx,
      jurisdiction_code: link === undefined ? document.jurisdiction_code : link.jurisdiction_code,
      indicator_code: link?.indicator_code ?? null,
      link_confidence: link?.link_confidence ?? null,
      link_method: link?.link_method ?? null,
      updated_at: document.created_at,
    });
  });
  await insertRows(trx, 'items', items);
  return items.map((item) => item.id);
}
