export { fiveYearPeriod, fiveYearPeriodOf, type PlanPeriod } from './plan-period.js';
export {
  inferPlan,
  type InferredPlan,
  type PlanDocumentFacts,
  type PlanDocumentRole,
} from './infer-plan.js';
export { emptyCounts, rollUp, rollUpBy, type RollUp } from './roll-up.js';
