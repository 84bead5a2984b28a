export * from './types.js';
export * from './labels.js';
export { addDays, daysBetween, dayNumber } from './dates.js';
export { DEFAULT_SUPERVISION_RULES, supervisionRules, type SupervisionRules } from './rules.js';
export { isPeriodKey, periodWords, reportingPeriods, type ReportingPeriod } from './periods.js';
export {
  assignmentLight,
  elapsedShare,
  type AssignmentFacts,
  type AssignmentLight,
  type ReportFacts,
} from './light.js';
export {
  dueActions,
  type DueAction,
  type DueActionKind,
  type DueActionsInput,
  type SupervisedAssignment,
  type SupervisedNotice,
} from './due-actions.js';
export {
  checkReportedFigure,
  completionShare,
  type CheckedFigure,
  type ReportedFigure,
} from './reported-figure.js';
export {
  canMoveNotice,
  canMoveReport,
  EDITABLE_REPORT_STATES,
  NOTICE_TRANSITIONS,
  REPORT_TRANSITIONS,
} from './transitions.js';
