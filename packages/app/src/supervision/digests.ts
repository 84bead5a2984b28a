import { ROLES, type Role } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import type { DigestMail, Mailer } from './types.js';

/**
 * E-mail digests: for each enabled user with an address, everything that reached their
 * inbox since their last digest, in one mail (never one mail per event). A user is marked
 * as digested only after their mail went out, so a failed send is retried next time.
 */
export async function sendDigests(ctx: AppContext, mailer: Mailer): Promise<DigestMail[]> {
  const users = await ctx.db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role', 'unit_id', 'disabled'])
    .execute();
  const sent: DigestMail[] = [];
  for (const user of users) {
    if (user.disabled === 1 || (user.disabled as unknown) === true || user.email.trim() === '')
      continue;
    const role: Role = (ROLES as readonly string[]).includes(user.role)
      ? (user.role as Role)
      : 'reporter';
    const after = await ctx.store.notifications.lastDigested(user.id);
    const news = await ctx.store.notifications.inbox(
      { userId: user.id, unitId: user.unit_id, role },
      { afterId: after, limit: 200 },
    );
    if (news.length === 0) continue;
    const oldestFirst = [...news].reverse();
    const mail: DigestMail = {
      to: user.email,
      subject: `【蓝图】您有${news.length}条新的督办提醒`,
      text: [
        `${user.name}，您好：`,
        '',
        ...oldestFirst.map((n, i) => `${i + 1}. ${n.title.zh}`),
        '',
        '请登录蓝图查看“我的任务”和消息。',
        '',
        `Lantu: ${news.length} new notification(s):`,
        ...oldestFirst.map((n, i) => `${i + 1}. ${n.title.en}`),
      ].join('\n'),
      count: news.length,
    };
    await mailer.send(mail);
    await ctx.store.notifications.markDigested(user.id, Math.max(...news.map((n) => n.id)));
    sent.push(mail);
  }
  return sent;
}
