/** Highlight colours and words per item kind: blue targets, amber reported figures, violet milestones. */
import type { ItemKind, Measure, ReviewState } from '../api/types.js';
import type { MessageKey } from '../i18n/translate.js';

export const ITEM_KIND_LABEL: Readonly<Record<ItemKind, MessageKey>> = {
  target: 'kindTarget',
  actual: 'kindActual',
  milestone: 'kindMilestone',
};

export const REVIEW_LABEL: Readonly<Record<ReviewState, MessageKey>> = {
  extracted: 'reviewExtracted',
  confirmed: 'reviewConfirmed',
  corrected: 'reviewCorrected',
  rejected: 'reviewRejected',
};

export const ITEM_KINDS: readonly ItemKind[] = ['target', 'actual', 'milestone'];

export const MEASURE_LABEL: Readonly<Record<Measure, MessageKey>> = {
  level: 'measureLevel',
  increase: 'measureIncrease',
  decrease: 'measureDecrease',
  rank: 'measureRank',
};
