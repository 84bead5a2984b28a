/**
 * The people loop's scheduled work at start-up: the daily rules run (reminders, 催办,
 * escalations) and the e-mail digests. SQLite: in this process (croner); PostgreSQL:
 * through pg-boss, so several instances run it once. Settings from the environment:
 * LANTU_SUPERVISION_CRON (default `0 8 * * *`, Asia/Shanghai), LANTU_SMTP_HOST,
 * LANTU_SMTP_PORT, LANTU_SMTP_USER, LANTU_SMTP_PASSWORD, LANTU_SMTP_FROM,
 * LANTU_SMTP_SECURE (1 for TLS on connect). Without an SMTP host no mail is sent.
 */
import {
  openSupervision,
  scheduleInProcess,
  scheduleWithPgBoss,
  smtpMailer,
  type LantuApp,
  type Mailer,
  type SupervisionOptions,
  type SupervisionSchedule,
} from '@lantu/app';

export function supervisionMailer(env: NodeJS.ProcessEnv): Mailer | undefined {
  const host = env['LANTU_SMTP_HOST'];
  if (host === undefined || host === '') return undefined;
  return smtpMailer({
    host,
    port: Number(env['LANTU_SMTP_PORT'] ?? 587),
    secure: env['LANTU_SMTP_SECURE'] === '1',
    ...(env['LANTU_SMTP_USER'] === undefined
      ? {}
      : { user: env['LANTU_SMTP_USER'], password: env['LANTU_SMTP_PASSWORD'] ?? '' }),
    from: env['LANTU_SMTP_FROM'] ?? '蓝图 Lantu <lantu@localhost>',
  });
}

/** The supervision settings the environment gives (attachment folder). */
export function supervisionOptions(env: NodeJS.ProcessEnv): SupervisionOptions {
  const dir = env['LANTU_ATTACHMENTS_DIR'];
  return dir === undefined || dir === '' ? {} : { storageDir: dir };
}

export async function startSupervision(
  app: LantuApp,
  dbUrl: string,
  env: NodeJS.ProcessEnv,
): Promise<SupervisionSchedule> {
  const supervision = openSupervision(app, supervisionOptions(env));
  const mailer = supervisionMailer(env);
  const options = {
    ...(env['LANTU_SUPERVISION_CRON'] ? { cron: env['LANTU_SUPERVISION_CRON'] } : {}),
    ...(mailer === undefined ? {} : { mailer }),
  };
  return app.store.dialect === 'postgres'
    ? scheduleWithPgBoss(supervision, dbUrl, options)
    : scheduleInProcess(supervision, options);
}
