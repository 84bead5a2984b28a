import { Cron } from 'croner';
import PgBoss from 'pg-boss';
import type { Mailer, Supervision } from './types.js';

/** A running schedule; stop it before closing the app. */
export interface SupervisionSchedule {
  /**
   * Queues one run now, besides the schedule (PostgreSQL: a pg-boss job that whichever
   * instance is free takes; SQLite: run in this process). Resolves once it is queued.
   */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

export interface ScheduleOptions {
  /** Cron pattern of the daily run. @default '0 8 * * *' (08:00) */
  readonly cron?: string;
  /** Time zone of the pattern. @default 'Asia/Shanghai' */
  readonly timezone?: string;
  /** Sends the digests after each run when given. */
  readonly mailer?: Mailer;
  /** pg-boss's schema. @default 'lantu_jobs' (instances sharing a database share it) */
  readonly jobSchema?: string;
  /** Told of each run this process made, with its job id (PostgreSQL) — for logs and tests. */
  readonly onRun?: (jobId: string) => void;
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
  let runs = 0;
  return {
    runNow: async () => {
      runs += 1;
      await runOnce(supervision, options.mailer);
      options.onRun?.(`in-process-${runs}`);
    },
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
  const boss = new PgBoss({ connectionString, schema: options.jobSchema ?? 'lantu_jobs' });
  boss.on('error', () => undefined); // pg-boss reports transient errors here; runs are retried
  await boss.start();
  await boss.createQueue(JOB);
  await boss.schedule(
    JOB,
    options.cron ?? '0 8 * * *',
    {},
    { tz: options.timezone ?? 'Asia/Shanghai' },
  );
  await boss.work(JOB, async (jobs) => {
    for (const job of jobs) {
      await runOnce(supervision, options.mailer);
      options.onRun?.(job.id);
    }
  });
  return {
    runNow: async () => {
      await boss.send(JOB, {});
    },
    stop: () => boss.stop({ graceful: true }),
  };
}
