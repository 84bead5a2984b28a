export { evaluateTarget } from './evaluate-target.js';
export {
  STATUS_CODES,
  type EvaluateInput,
  type MethodId,
  type MilestoneEvidence,
  type StatusCode,
  type StatusNumbers,
  type TargetStatus,
  type YearResult,
} from './types.js';
export { DEFAULT_EVALUATION_CONFIG, resolveConfig, type EvaluationConfig } from './config.js';
export { statusLabel, bandOf, type LabelDetail } from './status-labels.js';
export { sameRankScope } from './method-rank.js';
export { createFigureCache, FigureCache, type ScopedObservation } from './figures.js';
export { cagrPercent, cagrRatio, linearRatio, compoundAverage } from './growth-math.js';
export { formatEn, formatZh, ordinalEn, reportedPercent, type UnitDisplay } from './format.js';
export { detectGoalpostChanges, type GoalpostChange, type GoalpostDirection } from './goalposts.js';
export { detectRetiredTargets, type RetiredTarget } from './retired-targets.js';
export {
  detectClaimConflicts,
  type ClaimConflict,
  type ClaimConflictOptions,
} from './claim-conflicts.js';
export { rankBasis, rankKey, type RankBasis } from './rank-basis.js';
export { kindFamily, type TrackedDocument, type TrackedTarget } from './tracked-target.js';
export { EMPTY_NUMBERS } from './context.js';
export { dateWords } from './calendar.js';
