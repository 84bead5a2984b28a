import { sql } from 'kysely';
import type { StoreMigration } from './store-migration.js';

/**
 * SQLite: FTS5 gathers new index entries in memory and writes them out as a segment when they
 * pass its `hashsize` (1 MiB by default), merging segments as they pile up. A 20 MB document
 * is about 7 million trigrams, so at 1 MiB its ingest wrote and merged dozens of segments
 * inside its one transaction; at 16 MiB, a few (0.3–0.4 s less of the document's index on
 * this machine, issue 13). The memory is held only while a transaction writes the index. A
 * setting of the index itself, kept in its config table.
 *
 * PostgreSQL: nothing to do.
 */
export const migration0027: StoreMigration = {
  async up(db, dialect) {
    if (dialect === 'postgres') return;
    // A literal: FTS5 refuses a bound value for a setting ("SQL logic error").
    for (const index of ['items_search', 'documents_search']) {
      await sql`insert into ${sql.table(index)} (${sql.table(index)}, rank)
        values ('hashsize', ${sql.lit(FTS_HASH_BYTES)})`.execute(db);
    }
  },
};

/** Pending index entries kept in memory before FTS5 writes a segment. */
export const FTS_HASH_BYTES = 16 * 1024 * 1024;
