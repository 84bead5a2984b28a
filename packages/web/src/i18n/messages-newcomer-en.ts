/** The English strings of messages-newcomer-zh.ts; typed against its keys so none go missing. */
import type { newcomerZh } from './messages-newcomer-zh.js';

export const newcomerEn: Readonly<Record<keyof typeof newcomerZh, string>> = {
  rankPolarity: 'a higher place (smaller number) is better',
  measureRankGrowth: 'growth rank',
  measureRankLevel: 'size rank',
  rankVersusTarget: '{latest} (target {target})',
  indicatorNoChart:
    'The chosen target has no figures of its kind to chart; the figures are in the table below.',
  indicatorLevelChartTitle: 'Level over time',
  indicatorLevelChartLabel: '{name}: level by year',
  pointAhead: 'on or ahead of the required path',
  pointBehind: 'behind the required path',
  evidenceTarget: 'The target, as written',
  evidenceFigure: 'The latest figure, as written',
  evidenceNoFigure: 'No figure to compare yet.',
  evidenceOpen: 'Evidence',
  evidenceOpenLabel: 'Evidence for the status of “{metric}”',
  posterRendering: 'Rendering the poster…',
  pagerLabel: 'Pages',
  pagerPrevious: 'Previous',
  pagerNext: 'Next',
  pagerWhere: '{from}–{to} of {total} (page {page} of {pages})',
  sortStatusNote:
    'Sorted by status: missed, off track and at risk first, then no data, on track, not yet due, and achieved last.',
  statusCountsFiltered: 'Targets per status under the current filters',
  statusCountZero: '{word}: none',
  summaryTitle: 'What {place} promised, and how it is going',
  summaryPlaceFallback: 'this place',
  summaryPromised: '{documents} documents set {count} targets and tasks with a deadline.',
  summaryAchieved: '{count} achieved',
  summaryMissed: '{count} missed',
  summaryBehind: '{count} behind schedule',
  summaryPending: '{due} not yet due, {nodata} without data to judge',
  summaryJudged: '{judged} of {all} can be judged so far',
  summaryAll: 'See every target',
  frameworksFolded: 'Show the strategic frameworks (slogans and formulas)',
};
