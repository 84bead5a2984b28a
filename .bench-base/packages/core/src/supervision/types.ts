/**
 * The people loop's vocabulary (目标 → 责任 → 填报 → 督办): how often a unit reports, the
 * states a report and a 督办单 go through, and the light an assignment shows. Method and
 * defaults: docs/supervision.md.
 */

/** How often the responsible unit reports: 月报, 季报, 半年报, 年报. */
export const REPORTING_FREQUENCIES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/**
 * A report (填报) goes draft → submitted → accepted, or → returned (with a reason) →
 * resubmitted → accepted | returned. Only an accepted report's figure becomes an observation.
 */
export const REPORT_STATES = ['draft', 'submitted', 'returned', 'resubmitted', 'accepted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** A 督办单 goes 立项 → 交办 → 承办 → 反馈 → 办结, or is escalated (上报) when it stalls. */
export const NOTICE_STATES = [
  'opened', // 立项
  'assigned', // 交办
  'in-progress', // 承办
  'responded', // 反馈
  'closed', // 办结
  'escalated', // 已上报
] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

/** The light of an assignment on the supervisor's board; grey where nothing can be judged yet. */
export type Light = 'green' | 'yellow' | 'red' | 'grey';

/**
 * Why an assignment shows its light. 逾期未报 (overdue-unreported: a report fell due and none
 * came) is its own state, distinct from 暂无数据 (no-data: nothing reported, nothing due yet).
 */
export const ASSIGNMENT_STATES = [
  'completed', // 已完成 (green)
  'on-schedule', // 按序时推进 (green)
  'report-due-soon', // 临近填报 (yellow)
  'behind-schedule', // 滞后序时 (yellow)
  'off-track', // 严重滞后 (red)
  'overdue', // 逾期未完成 (red)
  'overdue-unreported', // 逾期未报 (red)
  'no-data', // 暂无数据 (grey)
] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

/** A sentence in both languages the product speaks. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}
