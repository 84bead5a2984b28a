import type { StoreMigration } from './store-migration.js';

/**
 * 督办单: a supervisor's notice to a unit with a deadline, going 立项 → 交办 → 承办 → 反馈
 * → 办结 (or escalated), with each step's words kept as a response. Optionally about an
 * assignment.
 */
export const migration0013: StoreMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('notices')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id'))
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('assignment_id', 'text', (col) =>
        col.references('assignments.id').onDelete('set null'),
      )
      .addColumn('deadline', 'text', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('issued_by', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('notices_by_unit')
      .on('notices')
      .columns(['unit_id', 'state'])
      .execute();
    await db.schema
      .createTable('notice_steps')
      .addColumn('id', 'integer', (col) =>
        dialect === 'postgres'
          ? col.primaryKey().generatedAlwaysAsIdentity()
          : col.primaryKey().autoIncrement(),
      )
      .addColumn('notice_id', 'text', (col) =>
        col.notNull().references('notices.id').onDelete('cascade'),
      )
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('actor', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('notice_steps_by_notice')
      .on('notice_steps')
      .columns(['notice_id', 'id'])
      .execute();
  },
};
