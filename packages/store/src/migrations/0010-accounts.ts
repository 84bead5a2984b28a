import type { ColumnDataType, Kysely } from 'kysely';
import type { DialectName } from '../dialect-name.js';
import type { StoreMigration } from './store-migration.js';

/**
 * Accounts and sessions, in the shape better-auth's Kysely adapter writes (see
 * packages/app/src/accounts/auth-options.ts for the table and column names it is told):
 * users with Lantu's role, unit, disabled flag and must-change-password flag; sessions;
 * credentials (`accounts`: the argon2 password hash, or a single sign-on link);
 * verification tokens; sign-in rate-limit counters shared by every server instance.
 *
 * better-auth hands the adapter Dates and booleans on PostgreSQL and ISO text and 0/1 on
 * SQLite, so the two column types are chosen per dialect. History gains the id of the
 * signed-in user beside the name it already keeps.
 */
export const migration0010: StoreMigration = {
  async up(db, dialect) {
    const time = timeType(dialect);
    const flag = flagType(dialect);
    const no = dialect === 'postgres' ? false : 0;
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('email', 'text', (col) => col.notNull().unique())
      .addColumn('email_verified', flag, (col) => col.notNull().defaultTo(no))
      .addColumn('image', 'text')
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('unit_id', 'text', (col) => col.references('units.id'))
      .addColumn('disabled', flag, (col) => col.notNull().defaultTo(no))
      .addColumn('must_change_password', flag, (col) => col.notNull().defaultTo(no))
      .addColumn('created_at', time, (col) => col.notNull())
      .addColumn('updated_at', time, (col) => col.notNull())
      .execute();
    await db.schema.createIndex('users_by_unit').on('users').column('unit_id').execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('expires_at', time, (col) => col.notNull())
      .addColumn('token', 'text', (col) => col.notNull().unique())
      .addColumn('created_at', time, (col) => col.notNull())
      .addColumn('updated_at', time, (col) => col.notNull())
      .addColumn('ip_address', 'text')
      .addColumn('user_agent', 'text')
      .addColumn('user_id', 'text', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .execute();
    await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'text', (col) => col.notNull())
      .addColumn('provider_id', 'text', (col) => col.notNull())
      .addColumn('user_id', 'text', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('access_token', 'text')
      .addColumn('refresh_token', 'text')
      .addColumn('id_token', 'text')
      .addColumn('access_token_expires_at', time)
      .addColumn('refresh_token_expires_at', time)
      .addColumn('scope', 'text')
      .addColumn('password', 'text')
      .addColumn('created_at', time, (col) => col.notNull())
      .addColumn('updated_at', time, (col) => col.notNull())
      .execute();
    await db.schema.createIndex('accounts_by_user').on('accounts').column('user_id').execute();
    await db.schema
      .createTable('verifications')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('identifier', 'text', (col) => col.notNull())
      .addColumn('value', 'text', (col) => col.notNull())
      .addColumn('expires_at', time, (col) => col.notNull())
      .addColumn('created_at', time, (col) => col.notNull())
      .addColumn('updated_at', time, (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('verifications_by_identifier')
      .on('verifications')
      .column('identifier')
      .execute();
    await db.schema
      .createTable('rate_limits')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('key', 'text', (col) => col.notNull().unique())
      .addColumn('count', 'integer', (col) => col.notNull())
      .addColumn('last_request', 'bigint', (col) => col.notNull())
      .execute();
    await addHistoryActorId(db);
  },
};

function timeType(dialect: DialectName): ColumnDataType {
  return dialect === 'postgres' ? 'timestamptz' : 'text';
}

function flagType(dialect: DialectName): ColumnDataType {
  return dialect === 'postgres' ? 'boolean' : 'integer';
}

/** The signed-in user behind a history entry (null for entries written before sign-in). */
async function addHistoryActorId(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('history').addColumn('actor_id', 'text').execute();
}
