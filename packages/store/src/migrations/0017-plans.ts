import type { StoreMigration } from './store-migration.js';

/**
 * Plans (e.g. 义乌市“十四五”规划): a jurisdiction's plan for a period, and the documents that
 * make it up (proposal and outline, yearly reports, evaluations). A document belongs to at
 * most one plan; it is attached on ingest from its metadata and can be moved by a person.
 */
export const migration0017: StoreMigration = {
  async up(db) {
    await db.schema
      .createTable('plans')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('jurisdiction_code', 'text', (col) =>
        col.notNull().references('jurisdictions.code'),
      )
      .addColumn('start_year', 'integer', (col) => col.notNull())
      .addColumn('end_year', 'integer', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addUniqueConstraint('plans_period_unique', ['jurisdiction_code', 'start_year', 'end_year'])
      .execute();
    await db.schema
      .createTable('plan_documents')
      .addColumn('document_id', 'text', (col) =>
        col.primaryKey().references('documents.id').onDelete('cascade'),
      )
      // Null when a person took the document out of every plan: kept, so inference does
      // not put it back.
      .addColumn('plan_id', 'text', (col) => col.references('plans.id').onDelete('cascade'))
      .addColumn('role', 'text', (col) => col.notNull())
      /** 'inferred' (from metadata) or 'person' (set in the app; never replaced by inference). */
      .addColumn('set_by', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('plan_documents_plan')
      .on('plan_documents')
      .column('plan_id')
      .execute();
  },
};
