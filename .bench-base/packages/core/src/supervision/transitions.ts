import type { NoticeState, ReportState } from './types.js';

/**
 * Which state a report may move to from which: a draft is submitted; a submitted (or
 * resubmitted) report is accepted or returned; a returned one is resubmitted. Accepted is
 * final: a correction is a new report for the period.
 */
export const REPORT_TRANSITIONS: Readonly<Record<ReportState, readonly ReportState[]>> = {
  draft: ['submitted'],
  submitted: ['accepted', 'returned'],
  returned: ['resubmitted'],
  resubmitted: ['accepted', 'returned'],
  accepted: [],
};

/** Report states the reporter may still edit. */
export const EDITABLE_REPORT_STATES: readonly ReportState[] = ['draft', 'returned'];

/**
 * 立项 → 交办 → 承办 → 反馈 → 办结; a feedback found wanting goes back to 承办; an open
 * notice may be escalated, and an escalated one is handled (承办) or closed.
 */
export const NOTICE_TRANSITIONS: Readonly<Record<NoticeState, readonly NoticeState[]>> = {
  opened: ['assigned', 'escalated', 'closed'],
  assigned: ['in-progress', 'responded', 'escalated', 'closed'],
  'in-progress': ['responded', 'escalated', 'closed'],
  responded: ['closed', 'in-progress', 'escalated'],
  escalated: ['in-progress', 'responded', 'closed'],
  closed: [],
};

export function canMoveReport(from: ReportState, to: ReportState): boolean {
  return REPORT_TRANSITIONS[from].includes(to);
}

export function canMoveNotice(from: NoticeState, to: NoticeState): boolean {
  return NOTICE_TRANSITIONS[from].includes(to);
}
