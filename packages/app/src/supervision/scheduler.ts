import { Cron } from 'croner';
import PgBoss from 'pg-boss';
import type { Mailer, Supervision } from './types.js';

/** A running schedule; stop it before closing the app. */
export interface SupervisionSchedule {
  stop(): Promise<void>;
}

export interface ScheduleOptions {
  /** Cron pattern of the daily run. @default '0 8 * * *' (08:00) */
  readonly cron?: string;
  /** Time zone of the pattern. @default 'Asia/Shanghai' */
  readonly timezone?: string;
  /** Sends the digests after each run when given. */
  readonly mailer?: Mailer;
}

const JOB = 'lantu-supervision';

/** One run: rules first, then the digests that carry what the rules produced. */
async function runOnce(supervision: Supervision, mailer: Mailer | undefined): Promise<void> {
  await supervision.runRules();
  if (mailer !== undefined) await supervision.sendDigests(mailer);
}

/**
 * The daily job in this process (SQLite: there is one server per database file). croner
 * runs it at the pattern's times; a run that is still going is not started twice.
 */
export function scheduleInProcess(
  supervision: Supervision,
  options: ScheduleOptions = {},
): SupervisionSchedule {
  const job = new Cron(
    options.cron ?? '0 8 * * *',
    { timezone: options.timezone ?? 'Asia/Shanghai', protect: true, catch: true },
    () => runOnce(supervision, options.mailer),
  );
  return {
    stop: () => {
      job.stop();
      return Promise.resolve();
    },
  };
}

/**
 * The daily job through pg-boss (PostgreSQL, several server instances): pg-boss keeps the
 * schedule in the database and hands each scheduled run to exactly one worker, so the
 * job runs once across instances. (Actions also carry once-only keys; see runRules.)
 */
export async function scheduleWithPgBoss(
  supervision: Supervision,
  connectionString: string,
  options: ScheduleOptions = {},
): Promise<SupervisionSchedule> {
  const boss = new PgBoss({ connectionString, schema: 'lantu_jobs' });
  boss.on('error', () => undefined); // pg-boss reports transient errors here; runs are retried
  await boss.start();
  await boss.createQueue(JOB);
  await boss.schedule(
    JOB,
    options.cron ?? '0 8 * * *',
    {},
    { tz: options.timezone ?? 'Asia/Shanghai' },
  );
  await boss.work(JOB, async () => runOnce(supervision, options.mailer));
  return { stop: () => boss.stop({ graceful: true }) };
}
