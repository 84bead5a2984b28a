import { daysBetween } from './dates.js';
import { assignmentLight, type AssignmentFacts, type ReportFacts } from './light.js';
import { periodWords } from './periods.js';
import type { SupervisionRules } from './rules.js';
import type { Bilingual, NoticeState } from './types.js';

/** An assignment as the rules see it: its facts, who leads it, its reports. */
export interface SupervisedAssignment extends AssignmentFacts {
  readonly id: string;
  /** What the assignment is about, in words, for messages (快递业务量 …). */
  readonly title: string;
  readonly leadUnitId: string;
  readonly reports: readonly ReportFacts[];
}

/** A 督办单 as the rules see it. */
export interface SupervisedNotice {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  readonly deadline: string;
  readonly state: NoticeState;
}

/**
 * remind (临近提醒) goes to the responsible unit before a deadline; urge (催办) to the unit
 * after it; escalate (上报) to the supervisors when it stays overdue.
 */
export type DueActionKind = 'remind' | 'urge' | 'escalate';

export interface DueAction {
  readonly kind: DueActionKind;
  readonly subject: 'assignment' | 'notice';
  readonly subjectId: string;
  /** The reporting period (assignments), or null (notices). */
  readonly period: string | null;
  /** The unit responsible. */
  readonly unitId: string;
  /** The deadline the action is about. */
  readonly deadline: string;
  /** Days past the deadline (negative: days left). */
  readonly daysOverdue: number;
  /**
   * Identifies the action so it is taken once: the scheduler records the keys it acted on
   * and passes them back as `done`. An urge repeats every `urgeEveryDays`, each with its
   * own key.
   */
  readonly key: string;
  readonly message: Bilingual;
}

export interface DueActionsInput {
  readonly assignments: readonly SupervisedAssignment[];
  readonly notices: readonly SupervisedNotice[];
  readonly today: string;
  readonly rules: SupervisionRules;
  /** Keys of actions already taken. */
  readonly done: ReadonlySet<string>;
}

/**
 * The reminders, urges and escalations due on `today` and not yet taken. Pure: the
 * scheduled job supplies the facts and records what it did. Completed assignments and
 * closed or escalated 督办单 get nothing; a notice that was answered (反馈) waits for the
 * supervisor, so it is not urged.
 */
export function dueActions(input: DueActionsInput): DueAction[] {
  const actions = [
    ...input.assignments.flatMap((a) => assignmentActions(a, input.today, input.rules)),
    ...input.notices.flatMap((n) => noticeActions(n, input.today, input.rules)),
  ];
  return actions.filter((action) => !input.done.has(action.key));
}

function assignmentActions(
  assignment: SupervisedAssignment,
  today: string,
  rules: SupervisionRules,
): DueAction[] {
  const light = assignmentLight(assignment, assignment.reports, today, rules);
  if (light.state === 'completed') return [];
  const open = [...light.overdue, ...(light.nextReport === null ? [] : [light.nextReport])];
  return open.flatMap((period) => {
    const words = periodWords(period.key);
    return deadlineActions(
      {
        subject: 'assignment',
        subjectId: assignment.id,
        period: period.key,
        unitId: assignment.leadUnitId,
        deadline: period.reportDue,
      },
      {
        zh: `“${assignment.title}”${words.zh}报告`,
        en: `the ${words.en} report on “${assignment.title}”`,
      },
      today,
      rules,
    );
  });
}

function noticeActions(
  notice: SupervisedNotice,
  today: string,
  rules: SupervisionRules,
): DueAction[] {
  if (notice.state === 'closed' || notice.state === 'escalated') return [];
  const actions = deadlineActions(
    {
      subject: 'notice',
      subjectId: notice.id,
      period: null,
      unitId: notice.unitId,
      deadline: notice.deadline,
    },
    { zh: `督办单“${notice.title}”`, en: `notice “${notice.title}”` },
    today,
    rules,
  );
  return notice.state === 'responded' ? actions.filter((a) => a.kind === 'escalate') : actions;
}

type Subject = Pick<DueAction, 'subject' | 'subjectId' | 'period' | 'unitId' | 'deadline'>;

/** The actions one deadline calls for on `today`. */
function deadlineActions(
  subject: Subject,
  what: Bilingual,
  today: string,
  rules: SupervisionRules,
): DueAction[] {
  const late = daysBetween(subject.deadline, today);
  const base = `${subject.subject}:${subject.subjectId}${subject.period === null ? '' : `:${subject.period}`}`;
  const action = (kind: DueActionKind, key: string, message: Bilingual): DueAction => ({
    ...subject,
    kind,
    daysOverdue: late,
    key,
    message,
  });
  if (late <= 0) {
    if (-late > rules.remindDaysBefore) return [];
    return [
      action('remind', `remind:${base}`, {
        zh: `${what.zh}须于${subject.deadline}前完成（还有${-late}天）`,
        en: `${capitalise(what.en)} is due by ${subject.deadline} (${-late} days left)`,
      }),
    ];
  }
  const actions: DueAction[] = [];
  if (late >= rules.urgeAfterDays) {
    const round = Math.floor((late - rules.urgeAfterDays) / rules.urgeEveryDays);
    actions.push(
      action('urge', `urge:${base}:${round}`, {
        zh: `催办：${what.zh}已逾期${late}天（时限${subject.deadline}）`,
        en: `Reminder: ${what.en} is ${late} days overdue (due ${subject.deadline})`,
      }),
    );
  }
  if (late >= rules.escalateAfterDays) {
    actions.push(
      action('escalate', `escalate:${base}`, {
        zh: `上报：${what.zh}逾期${late}天仍未办理`,
        en: `Escalated: ${what.en} is still outstanding ${late} days after ${subject.deadline}`,
      }),
    );
  }
  return actions;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
