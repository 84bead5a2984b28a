import { daysBetween, dayNumber } from './dates.js';
import { ASSIGNMENT_STATE_LABELS, LIGHT_OF_STATE } from './labels.js';
import { periodWords, reportingPeriods, type ReportingPeriod } from './periods.js';
import type { SupervisionRules } from './rules.js';
import type {
  AssignmentState,
  Bilingual,
  Light,
  ReportingFrequency,
  ReportState,
} from './types.js';

/** What the light of an assignment rests on. */
export interface AssignmentFacts {
  /** The day the assignment was made (序时进度 counts from here). */
  readonly start: string;
  /** 完成时限. */
  readonly due: string;
  readonly frequency: ReportingFrequency;
}

/** One report of the assignment, as the light sees it. */
export interface ReportFacts {
  readonly period: string;
  readonly state: ReportState;
  /** Share of the target done (0..1, may exceed 1) the report shows, or null when unknown. */
  readonly completion: number | null;
}

export interface AssignmentLight {
  readonly light: Light;
  readonly state: AssignmentState;
  readonly label: Bilingual;
  readonly explanation: Bilingual;
  /** 序时进度: the elapsed share of the assignment's time (0..1). */
  readonly elapsed: number;
  /** The completion the light used (latest accepted report, else latest submitted), or null. */
  readonly completion: number | null;
  /** The next period still to report on, or null when none is left. */
  readonly nextReport: ReportingPeriod | null;
  /** Periods whose report fell due and never came (逾期未报), oldest first. */
  readonly overdue: readonly ReportingPeriod[];
}

/** States in which a report counts as handed in on time (a returned one does not). */
const HANDED_IN: readonly ReportState[] = ['submitted', 'resubmitted', 'accepted'];

const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/** The share of [start, due] elapsed by `today`, clamped to 0..1. */
export function elapsedShare(start: string, due: string, today: string): number {
  const span = daysBetween(start, due);
  if (span <= 0) return dayNumber(today) >= dayNumber(due) ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(start, today) / span));
}

/**
 * The light of one assignment on `today`, first match wins: completed (green); 逾期未报
 * (red: a report fell due and none came); overdue (red: past the deadline, not complete);
 * off track (red: progress trails 序时进度 by more than the rules allow); behind schedule
 * (yellow); report due soon (yellow); no data (grey: nothing reported, nothing due yet);
 * on schedule (green).
 */
export function assignmentLight(
  assignment: AssignmentFacts,
  reports: readonly ReportFacts[],
  today: string,
  rules: SupervisionRules,
): AssignmentLight {
  const periods = reportingPeriods(
    assignment.frequency,
    assignment.start,
    assignment.due,
    rules.reportLagDays,
  );
  const handedIn = new Set(
    reports.filter((r) => HANDED_IN.includes(r.state)).map((report) => report.period),
  );
  const open = periods.filter((p) => !handedIn.has(p.key));
  const overdue = open.filter((p) => dayNumber(p.reportDue) < dayNumber(today));
  const nextReport = open.find((p) => dayNumber(p.reportDue) >= dayNumber(today)) ?? null;
  const latest = latestReport(reports);
  const completion = latest?.completion ?? null;
  const elapsed = elapsedShare(assignment.start, assignment.due, today);

  const result = (state: AssignmentState, explanation: Bilingual): AssignmentLight => ({
    light: LIGHT_OF_STATE[state],
    state,
    label: ASSIGNMENT_STATE_LABELS[state],
    explanation,
    elapsed,
    completion,
    nextReport,
    overdue,
  });
  const progress: Bilingual =
    completion === null
      ? { zh: '', en: '' }
      : {
          zh: `序时进度${pct(elapsed)}，实际完成${pct(completion)}`,
          en: `time elapsed ${pct(elapsed)}, done ${pct(completion)}`,
        };

  if (latest?.state === 'accepted' && completion !== null && completion >= 1) {
    return result('completed', {
      zh: `已完成目标（完成${pct(completion)}）`,
      en: `Target reached (${pct(completion)} done)`,
    });
  }
  const firstOverdue = overdue[0];
  if (firstOverdue !== undefined) {
    const days = daysBetween(firstOverdue.reportDue, today);
    const words = periodWords(firstOverdue.key);
    const more =
      overdue.length > 1
        ? { zh: `等${overdue.length}期`, en: ` and ${overdue.length - 1} more` }
        : { zh: '', en: '' };
    return result('overdue-unreported', {
      zh: `${words.zh}${more.zh}报告应于${firstOverdue.reportDue}前报送，已逾期${days}天未报`,
      en: `The ${words.en} report${more.en} was due by ${firstOverdue.reportDue}; ${days} days overdue, not reported`,
    });
  }
  if (dayNumber(today) > dayNumber(assignment.due)) {
    const days = daysBetween(assignment.due, today);
    return result('overdue', {
      zh: `完成时限${assignment.due}已过${days}天，尚未完成${progress.zh === '' ? '' : `（${progress.zh}）`}`,
      en: `Deadline ${assignment.due} passed ${days} days ago, not completed${progress.en === '' ? '' : ` (${progress.en})`}`,
    });
  }
  if (completion !== null && elapsed - completion > rules.offTrackGap) {
    const gap = Math.round((elapsed - completion) * 1000) / 10;
    return result('off-track', {
      zh: `${progress.zh}，落后${gap}个百分点`,
      en: `${progress.en}: ${gap} points behind`,
    });
  }
  if (completion !== null && completion < elapsed) {
    return result('behind-schedule', {
      zh: `${progress.zh}，低于序时进度`,
      en: `${progress.en}: behind schedule`,
    });
  }
  if (nextReport !== null) {
    const days = daysBetween(today, nextReport.reportDue);
    if (days <= rules.yellowWithinDays) {
      const words = periodWords(nextReport.key);
      return result('report-due-soon', {
        zh: `${words.zh}报告须于${nextReport.reportDue}前报送（还有${days}天）`,
        en: `The ${words.en} report is due by ${nextReport.reportDue} (${days} days left)`,
      });
    }
  }
  if (latest === undefined) {
    const first = nextReport === null ? '' : `，首次报告须于${nextReport.reportDue}前报送`;
    const firstEn =
      nextReport === null ? '' : `; the first report is due by ${nextReport.reportDue}`;
    return result('no-data', { zh: `尚无报告${first}`, en: `No report yet${firstEn}` });
  }
  return result('on-schedule', {
    zh: progress.zh === '' ? '已按期报送' : `${progress.zh}，达到序时进度`,
    en: progress.en === '' ? 'Reported on time' : `${progress.en}: on schedule`,
  });
}

/** The latest accepted report by period, else the latest handed in (awaiting review). */
function latestReport(reports: readonly ReportFacts[]): ReportFacts | undefined {
  const byPeriod = (a: ReportFacts, b: ReportFacts) => b.period.localeCompare(a.period);
  const accepted = reports.filter((r) => r.state === 'accepted').sort(byPeriod);
  if (accepted[0] !== undefined) return accepted[0];
  return reports
    .filter((r) => r.state === 'submitted' || r.state === 'resubmitted')
    .sort(byPeriod)[0];
}
