import { randomUUID } from 'node:crypto';
import { LantuError } from '@lantu/core';
import type { StoredAttachment } from '../records.js';
import type { StoreContext } from '../store-context.js';
import { inTransaction } from './versions.js';

export type NewAttachment = Omit<StoredAttachment, 'id' | 'created_at'>;

/** Attachment metadata; the bytes are the app's storage port's business. */
export interface AttachmentRepository {
  add(attachment: NewAttachment): Promise<StoredAttachment>;
  get(id: string): Promise<StoredAttachment>;
  list(reportId: string): Promise<StoredAttachment[]>;
  /** Removes the metadata; returns what was removed so the caller can drop the bytes. */
  remove(id: string): Promise<StoredAttachment>;
}

export function createAttachmentRepository(ctx: StoreContext): AttachmentRepository {
  const get = async (id: string): Promise<StoredAttachment> => {
    const row = await ctx.db
      .selectFrom('attachments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) throw new LantuError('NOT_FOUND', `没有该附件 (no attachment ${id})`);
    return row;
  };
  return {
    async add(attachment) {
      const row: StoredAttachment = { ...attachment, id: randomUUID(), created_at: ctx.now() };
      await inTransaction(ctx, 'adding an attachment', async (trx) => {
        const report = await trx
          .selectFrom('reports')
          .select('id')
          .where('id', '=', attachment.report_id)
          .executeTakeFirst();
        if (report === undefined) {
          throw new LantuError('NOT_FOUND', `没有该报告 (no report ${attachment.report_id})`);
        }
        await trx.insertInto('attachments').values(row).execute();
      });
      return row;
    },
    get,
    list: (reportId) =>
      ctx.db
        .selectFrom('attachments')
        .selectAll()
        .where('report_id', '=', reportId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    async remove(id) {
      const attachment = await get(id);
      await ctx.db.deleteFrom('attachments').where('id', '=', id).execute();
      return attachment;
    },
  };
}
