import { sql } from 'kysely';
import { jsonColumnType } from '../json-column.js';
import type { StoreMigration } from './store-migration.js';

/**
 * Items: every field of core's Item, plus review and link state. Enumerations (kind,
 * measure, comparator, review_state) are checked in code against core's lists, not by
 * CHECK constraints, so that core can grow a value without a table rebuild on SQLite.
 */
export const migration0004: StoreMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('items')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('document_id', 'text', (col) =>
        col.notNull().references('documents.id').onDelete('cascade'),
      )
      .addColumn('idx', 'integer', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('metric', 'text', (col) => col.notNull())
      .addColumn('measure', 'text')
      .addColumn('comparator', 'text')
      .addColumn('value', 'double precision')
      .addColumn('value_max', 'double precision')
      .addColumn('unit', 'text')
      .addColumn('base_value', 'double precision')
      .addColumn('base_unit', 'text')
      .addColumn('year', 'integer')
      .addColumn('period', 'text')
      .addColumn('recurring', 'integer', (col) => col.notNull())
      .addColumn('baseline', jsonColumnType(dialect))
      .addColumn('scope', 'text')
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('start', 'integer', (col) => col.notNull())
      .addColumn('end', 'integer', (col) => col.notNull())
      .addColumn('section', 'integer')
      .addColumn('review_state', 'text', (col) => col.notNull().defaultTo('extracted'))
      .addColumn('indicator_code', 'text', (col) => col.references('indicators.code'))
      .addColumn('link_confidence', 'double precision')
      .addColumn('link_method', 'text')
      .addColumn('jurisdiction_code', 'text', (col) => col.references('jurisdictions.code'))
      .addColumn('updated_at', 'text', (col) => col.notNull())
      // An item's section must be an outline entry of the same document.
      .addForeignKeyConstraint('items_section_fk', ['document_id', 'section'], 'outline_nodes', [
        'document_id',
        'idx',
      ])
      .addCheckConstraint(
        'items_span',
        sql`0 <= ${sql.ref('start')} and ${sql.ref('start')} <= ${sql.ref('end')}`,
      )
      .addCheckConstraint('items_recurring_flag', sql`recurring in (0, 1)`)
      .addCheckConstraint(
        'items_link_confidence',
        sql`link_confidence is null or (link_confidence >= 0 and link_confidence <= 1)`,
      )
      .execute();
    // Reading order within a document; also the uniqueness of an item's place.
    await db.schema
      .createIndex('items_by_document')
      .on('items')
      .unique()
      .columns(['document_id', 'idx'])
      .execute();
    await db.schema
      .createIndex('items_by_jurisdiction_indicator')
      .on('items')
      .columns(['jurisdiction_code', 'indicator_code', 'year'])
      .execute();
    // A jurisdiction's scorecard: its targets (or actuals) of one year.
    await db.schema
      .createIndex('items_scorecard')
      .on('items')
      .columns(['jurisdiction_code', 'kind', 'year'])
      .execute();
  },
};
