import type { StoreMigration } from './store-migration.js';

/**
 * The in-app inbox and the scheduler's bookkeeping. A notification is addressed to a user,
 * a unit or a role (so the scheduler needs no user list); who has read it is kept per
 * user. `digests` remembers, per user, the last notification an e-mail digest covered.
 * `supervision_actions` holds the key of every reminder/催办/escalation taken: its primary
 * key is what makes the scheduled job act once even when several instances run it.
 */
export const migration0014: StoreMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('notifications')
      .addColumn('id', 'integer', (col) =>
        dialect === 'postgres'
          ? col.primaryKey().generatedAlwaysAsIdentity()
          : col.primaryKey().autoIncrement(),
      )
      .addColumn('recipient_type', 'text', (col) => col.notNull())
      .addColumn('recipient_id', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('subject_type', 'text')
      .addColumn('subject_id', 'text')
      .addColumn('title_zh', 'text', (col) => col.notNull())
      .addColumn('title_en', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('notifications_by_recipient')
      .on('notifications')
      .columns(['recipient_type', 'recipient_id', 'id'])
      .execute();
    await db.schema
      .createTable('notification_reads')
      .addColumn('notification_id', 'integer', (col) =>
        col.notNull().references('notifications.id').onDelete('cascade'),
      )
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('read_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('notification_reads_pk', ['notification_id', 'user_id'])
      .execute();
    await db.schema
      .createTable('digests')
      .addColumn('user_id', 'text', (col) => col.primaryKey())
      .addColumn('last_notification_id', 'integer', (col) => col.notNull())
      .addColumn('sent_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('supervision_actions')
      .addColumn('key', 'text', (col) => col.primaryKey())
      .addColumn('taken_at', 'text', (col) => col.notNull())
      .execute();
  },
};
