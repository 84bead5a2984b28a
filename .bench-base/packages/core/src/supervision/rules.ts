import { LantuError } from '../errors.js';

/**
 * The supervision office's rules, as configuration. Each default is what docs/supervision.md
 * documents; a deployment overrides any of them.
 */
export interface SupervisionRules {
  /** Days after a reporting period ends by which its report is due (月报 by the 10th). */
  readonly reportLagDays: number;
  /** Remind the responsible unit this many days before a report is due (临近提醒). */
  readonly remindDaysBefore: number;
  /** An assignment turns yellow when a report is due within this many days. */
  readonly yellowWithinDays: number;
  /** Urge (催办) this many days after a report or a 督办单 fell overdue (0: the next day). */
  readonly urgeAfterDays: number;
  /** Urge again every this many days while it stays overdue. */
  readonly urgeEveryDays: number;
  /** Escalate to the supervisor (上报) when still overdue this many days after the deadline. */
  readonly escalateAfterDays: number;
  /**
   * Progress may trail 序时进度 (the elapsed share of the time) by this many points before the
   * light turns red (严重滞后); any smaller lag is yellow (滞后序时).
   */
  readonly offTrackGap: number;
}

export const DEFAULT_SUPERVISION_RULES: SupervisionRules = {
  reportLagDays: 10,
  remindDaysBefore: 3,
  yellowWithinDays: 7,
  urgeAfterDays: 1,
  urgeEveryDays: 7,
  escalateAfterDays: 14,
  offTrackGap: 0.2,
};

/** The defaults with the given overrides; negative or non-finite numbers are refused. */
export function supervisionRules(overrides: Partial<SupervisionRules> = {}): SupervisionRules {
  const rules = { ...DEFAULT_SUPERVISION_RULES, ...overrides };
  for (const [name, value] of Object.entries(rules)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new LantuError(
        'INPUT_INVALID',
        `supervision rule ${name} must be a number ≥ 0, not ${String(value)}`,
      );
    }
  }
  if (rules.urgeEveryDays === 0) {
    throw new LantuError('INPUT_INVALID', 'supervision rule urgeEveryDays must be > 0');
  }
  return rules;
}
