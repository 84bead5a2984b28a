import type { StoreMigration } from './store-migration.js';

/**
 * A covering index for reading whole series (one indicator in one jurisdiction), as the
 * scorecard does: the series key first, then every column the read selects, so the rows
 * come from the index in series order without a lookup into the table for each.
 *
 * SQLite gets the JSON `source` in the index too. PostgreSQL does not: a B-tree entry
 * must fit in about a third of a page and a manual source carries a free-text note, so
 * there the source is read from the table.
 */
export const migration0007: StoreMigration = {
  async up(db, dialect) {
    const columns = [
      'indicator_code',
      'jurisdiction_code',
      'year',
      'period',
      'measure',
      'value',
      'base_unit',
      'comparator',
      'created_at',
      'item_id',
      'id',
      ...(dialect === 'sqlite' ? ['source'] : []),
    ];
    await db.schema
      .createIndex('observations_series_covering')
      .on('observations')
      .columns(columns)
      .execute();
  },
};
