import { jsonColumnType } from '../json-column.js';
import type { StoreMigration } from './store-migration.js';

/**
 * Responsibility and reporting (责任 → 填报). An assignment gives a subject — an item
 * (target or milestone), an outline section or a framework part, inherited by what is
 * under it — to a lead unit (牵头单位) and supporting units (配合单位), with a due date
 * and a reporting frequency. A report is one unit's figure and words for one period.
 * `version` guards every edit (optimistic concurrency: a stale version is a CONFLICT).
 */
export const migration0011: StoreMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('assignments')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('subject_type', 'text', (col) => col.notNull())
      .addColumn('subject_id', 'text', (col) => col.notNull())
      .addColumn('document_id', 'text', (col) =>
        col.notNull().references('documents.id').onDelete('cascade'),
      )
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('lead_unit_id', 'text', (col) => col.notNull().references('units.id'))
      // JSON text: unit ids (checked by the repository; a JSON list cannot have a foreign key).
      .addColumn('supporting_unit_ids', jsonColumnType(dialect), (col) => col.notNull())
      .addColumn('start_date', 'text', (col) => col.notNull())
      .addColumn('due_date', 'text', (col) => col.notNull())
      .addColumn('frequency', 'text', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('created_by', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('assignments_by_subject')
      .on('assignments')
      .columns(['subject_type', 'subject_id'])
      .execute();
    await db.schema
      .createIndex('assignments_by_unit')
      .on('assignments')
      .columns(['lead_unit_id', 'due_date'])
      .execute();

    await db.schema
      .createTable('reports')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('assignment_id', 'text', (col) =>
        col.notNull().references('assignments.id').onDelete('cascade'),
      )
      .addColumn('item_id', 'text', (col) => col.references('items.id').onDelete('set null'))
      .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id'))
      .addColumn('period', 'text', (col) => col.notNull())
      .addColumn('value', 'double precision')
      .addColumn('unit', 'text')
      .addColumn('base_value', 'double precision')
      .addColumn('base_unit', 'text')
      .addColumn('completion', 'double precision')
      .addColumn('progress', 'text', (col) => col.notNull())
      .addColumn('problems', 'text', (col) => col.notNull())
      .addColumn('next_steps', 'text', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('return_reason', 'text')
      .addColumn('author', 'text', (col) => col.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('reviewer', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('observation_id', 'text', (col) =>
        col.references('observations.id').onDelete('set null'),
      )
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('reports_by_assignment')
      .on('reports')
      .columns(['assignment_id', 'period'])
      .execute();
  },
};
