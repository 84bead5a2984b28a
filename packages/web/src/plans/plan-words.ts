import type { PlanSummary } from '../api/types.js';
import type { MessageKey } from '../i18n/translate.js';

/** The message of each role a document plays in its plan. */
export const ROLE_MESSAGES: Readonly<Record<PlanSummary['documents'][number]['role'], MessageKey>> =
  {
    plan: 'planRolePlan',
    'yearly-report': 'planRoleYearly',
    evaluation: 'planRoleEvaluation',
    other: 'planRoleOther',
  };

/** 75.0%, or null when there is nothing to divide by. */
export function ratePercent(rate: number | null): string | null {
  return rate === null ? null : `${(rate * 100).toFixed(1)}%`;
}
