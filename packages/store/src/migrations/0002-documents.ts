import { sql } from 'kysely';
import { jsonColumnType } from '../json-column.js';
import type { StoreMigration } from './store-migration.js';

/** Documents and the parts of their reading that are not items: outline and frameworks. */
export const migration0002: StoreMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('file_name', 'text', (col) => col.notNull())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('jurisdiction_code', 'text', (col) => col.references('jurisdictions.code'))
      .addColumn('issuer', 'text')
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('date', 'text')
      .addColumn('horizon', 'integer')
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('content_hash', 'text', (col) => col.notNull())
      .addColumn('chars', 'integer', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    // One copy of a text per jurisdiction. coalesce: both dialects treat NULLs as distinct
    // in a unique index, which would let a document without a jurisdiction be stored twice.
    await db.schema
      .createIndex('documents_content_key')
      .on('documents')
      .unique()
      .expression(sql`coalesce(jurisdiction_code, ''), content_hash`)
      .execute();
    await db.schema
      .createIndex('documents_by_jurisdiction')
      .on('documents')
      .columns(['jurisdiction_code', 'date'])
      .execute();

    await db.schema
      .createTable('outline_nodes')
      .addColumn('document_id', 'text', (col) =>
        col.notNull().references('documents.id').onDelete('cascade'),
      )
      .addColumn('idx', 'integer', (col) => col.notNull())
      .addColumn('level', 'integer', (col) => col.notNull())
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('start', 'integer', (col) => col.notNull())
      .addColumn('end', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('outline_nodes_pk', ['document_id', 'idx'])
      .addCheckConstraint(
        'outline_nodes_span',
        sql`0 <= ${sql.ref('start')} and ${sql.ref('start')} <= ${sql.ref('end')}`,
      )
      .execute();

    await db.schema
      .createTable('frameworks')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('document_id', 'text', (col) =>
        col.notNull().references('documents.id').onDelete('cascade'),
      )
      .addColumn('idx', 'integer', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('start', 'integer', (col) => col.notNull())
      .addColumn('end', 'integer', (col) => col.notNull())
      .addUniqueConstraint('frameworks_document_idx', ['document_id', 'idx'])
      .addCheckConstraint(
        'frameworks_span',
        sql`0 <= ${sql.ref('start')} and ${sql.ref('start')} <= ${sql.ref('end')}`,
      )
      .execute();

    await db.schema
      .createTable('framework_parts')
      .addColumn('framework_id', 'text', (col) =>
        col.notNull().references('frameworks.id').onDelete('cascade'),
      )
      .addColumn('idx', 'integer', (col) => col.notNull())
      .addColumn('count', 'integer', (col) => col.notNull())
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('items', jsonColumnType(dialect), (col) => col.notNull())
      .addPrimaryKeyConstraint('framework_parts_pk', ['framework_id', 'idx'])
      .execute();
  },
};
