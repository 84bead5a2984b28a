/**
 * UI strings for what a newcomer sees (issue 12): chart wording, evidence, paging, page
 * titles, open-data fields. Kept apart from messages-zh.ts so parallel work on the app's
 * other strings merges cleanly; spread into the Chinese dictionary.
 */
export const newcomerZh = {
  rankPolarity: '位次越靠前越好',
  measureRankGrowth: '增速位次',
  measureRankLevel: '总量位次',
  rankVersusTarget: '{latest}（目标{target}）',
  indicatorNoChart: '所选目标没有可画的同类数据，数据见下表。',
  indicatorLevelChartTitle: '总量走势',
  indicatorLevelChartLabel: '{name}：历年总量',
  pointAhead: '达到或好于所需路径',
  pointBehind: '落后于所需路径',
  evidenceTarget: '目标原文',
  evidenceFigure: '最新数据原文',
  evidenceNoFigure: '尚无可对照的实际数据。',
  evidenceOpen: '查看依据',
  evidenceOpenLabel: '查看“{metric}”的状态依据',
  posterRendering: '海报生成中…',
  pagerLabel: '分页',
  pagerPrevious: '上一页',
  pagerNext: '下一页',
  pagerWhere: '第 {from}–{to} 项，共 {total} 项（第 {page}/{pages} 页）',
  sortStatusNote:
    '按状态排序：未完成、严重滞后、滞后在前，其后是暂无数据、按序时推进、未到期，已完成在最后。',
  statusCountsFiltered: '当前筛选下各状态的目标数',
  statusCountZero: '{word}：0 项',
  summaryTitle: '{place}承诺了什么、进展如何',
  summaryPlaceFallback: '本地',
  summaryPromised: '{documents} 份文件共提出 {count} 项有期限的目标和任务。',
  summaryAchieved: '已完成 {count} 项',
  summaryMissed: '未完成 {count} 项',
  summaryBehind: '落后于进度 {count} 项',
  summaryPending: '未到期 {due} 项，尚无数据可判断 {nodata} 项',
  summaryJudged: '已能判断的有 {judged} 项（共 {all} 项）',
  summaryAll: '查看全部目标',
  frameworksFolded: '展开战略框架（提法与口号）',
} as const;
