import type { Kysely, Selectable } from 'kysely';
import { constraintKind } from '../db-errors.js';
import type { InboxOwner, NewNotification, Recipient, StoredNotification } from '../records.js';
import type { Database, NotificationsTable } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { inTransaction } from './versions.js';

/** The in-app inbox, digest bookkeeping and the scheduler's record of actions taken. */
export interface NotificationRepository {
  add(notifications: readonly NewNotification[]): Promise<void>;
  /**
   * Records the action `key` and adds its notifications in one transaction; false (and
   * nothing added) when the key was already taken — by this instance or another one.
   */
  takeAction(key: string, notifications: readonly NewNotification[]): Promise<boolean>;
  /** Keys of every action taken. */
  takenKeys(): Promise<Set<string>>;
  /** What reaches the user (to them, their unit, their role), newest first. */
  inbox(
    owner: InboxOwner,
    options?: { readonly limit?: number; readonly afterId?: number },
  ): Promise<StoredNotification[]>;
  unreadCount(owner: InboxOwner): Promise<number>;
  markRead(userId: string, ids: readonly number[]): Promise<void>;
  /** The last notification id a digest covered for the user (0 if none). */
  lastDigested(userId: string): Promise<number>;
  markDigested(userId: string, lastId: number): Promise<void>;
}

function toNotification(row: Selectable<NotificationsTable>, read: boolean): StoredNotification {
  return {
    id: row.id,
    recipient: { type: row.recipient_type as Recipient['type'], id: row.recipient_id },
    kind: row.kind,
    subject:
      row.subject_type === null || row.subject_id === null
        ? null
        : { type: row.subject_type, id: row.subject_id },
    title: { zh: row.title_zh, en: row.title_en },
    created_at: row.created_at,
    read,
  };
}

export function createNotificationRepository(ctx: StoreContext): NotificationRepository {
  const insert = async (db: Kysely<Database>, notifications: readonly NewNotification[]) => {
    if (notifications.length === 0) return;
    const at = ctx.now();
    await db
      .insertInto('notifications')
      .values(
        notifications.map((n) => ({
          recipient_type: n.recipient.type,
          recipient_id: n.recipient.id,
          kind: n.kind,
          subject_type: n.subject?.type ?? null,
          subject_id: n.subject?.id ?? null,
          title_zh: n.title.zh,
          title_en: n.title.en,
          created_at: at,
        })),
      )
      .execute();
  };
  const reaching = (owner: InboxOwner) =>
    ctx.db
      .selectFrom('notifications')
      .where((eb) =>
        eb.or([
          eb.and([eb('recipient_type', '=', 'user'), eb('recipient_id', '=', owner.userId)]),
          eb.and([eb('recipient_type', '=', 'role'), eb('recipient_id', '=', owner.role)]),
          ...(owner.unitId === null
            ? []
            : [eb.and([eb('recipient_type', '=', 'unit'), eb('recipient_id', '=', owner.unitId)])]),
        ]),
      );
  return {
    add: (notifications) =>
      inTransaction(ctx, 'adding notifications', (trx) => insert(trx, notifications)),
    async takeAction(key, notifications) {
      try {
        await ctx.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('supervision_actions')
            .values({ key, taken_at: ctx.now() })
            .execute();
          await insert(trx, notifications);
        });
        return true;
      } catch (error) {
        if (constraintKind(error) === 'unique') return false;
        throw error;
      }
    },
    async takenKeys() {
      const rows = await ctx.db.selectFrom('supervision_actions').select('key').execute();
      return new Set(rows.map((r) => r.key));
    },
    async inbox(owner, options = {}) {
      const rows = await reaching(owner)
        .selectAll('notifications')
        .$if(options.afterId !== undefined, (q) => q.where('id', '>', options.afterId ?? 0))
        .orderBy('id', 'desc')
        .limit(options.limit ?? 50)
        .execute();
      if (rows.length === 0) return [];
      const read = await ctx.db
        .selectFrom('notification_reads')
        .select('notification_id')
        .where('user_id', '=', owner.userId)
        .where(
          'notification_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      const readIds = new Set(read.map((r) => r.notification_id));
      return rows.map((row) => toNotification(row, readIds.has(row.id)));
    },
    async unreadCount(owner) {
      const row = await reaching(owner)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('notification_reads')
                .select('notification_reads.notification_id')
                .whereRef('notification_reads.notification_id', '=', 'notifications.id')
                .where('notification_reads.user_id', '=', owner.userId),
            ),
          ),
        )
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async markRead(userId, ids) {
      if (ids.length === 0) return;
      const at = ctx.now();
      await inTransaction(ctx, 'marking notifications read', async (trx) => {
        await trx
          .insertInto('notification_reads')
          .values(ids.map((id) => ({ notification_id: id, user_id: userId, read_at: at })))
          .onConflict((oc) => oc.columns(['notification_id', 'user_id']).doNothing())
          .execute();
      });
    },
    async lastDigested(userId) {
      const row = await ctx.db
        .selectFrom('digests')
        .select('last_notification_id')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.last_notification_id ?? 0;
    },
    async markDigested(userId, lastId) {
      const at = ctx.now();
      await ctx.db
        .insertInto('digests')
        .values({ user_id: userId, last_notification_id: lastId, sent_at: at })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({ last_notification_id: lastId, sent_at: at }),
        )
        .execute();
    },
  };
}
