import type { StoreMigration } from './store-migration.js';

/**
 * Evidence attached to a report (PDF, DOCX, XLSX, images). Only the metadata lives here;
 * the bytes sit behind the app's storage port (local disk by default) under `storage_key`.
 */
export const migration0012: StoreMigration = {
  async up(db) {
    await db.schema
      .createTable('attachments')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('report_id', 'text', (col) =>
        col.notNull().references('reports.id').onDelete('cascade'),
      )
      .addColumn('file_name', 'text', (col) => col.notNull())
      .addColumn('media_type', 'text', (col) => col.notNull())
      .addColumn('size', 'integer', (col) => col.notNull())
      .addColumn('sha256', 'text', (col) => col.notNull())
      .addColumn('storage_key', 'text', (col) => col.notNull())
      .addColumn('uploaded_by', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('attachments_by_report')
      .on('attachments')
      .column('report_id')
      .execute();
  },
};
