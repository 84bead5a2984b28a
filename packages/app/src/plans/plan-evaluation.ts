import {
  rollUp,
  rollUpBy,
  type ClaimConflict,
  type GoalpostChange,
  type OutlineEntry,
  type Framework,
} from '@lantu/core';
import type { DocumentSummary } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { buildScorecard } from '../scorecard/build-scorecard.js';
import type { ScorecardRow } from '../types.js';
import { attachUnattached } from './attach-plans.js';
import { documentLabel, observationSource } from './figure-source.js';
import { actualText, baselineText, latestObservation, targetText } from './figure-text.js';
import { readableSentence } from './readable-sentence.js';
import { responsibleUnits } from './responsible-units.js';
import { analyseRows } from './target-analysis.js';
import type {
  PlanClaimConflict,
  PlanEvaluation,
  PlanGoalpostChange,
  PlanGroup,
  PlanIndicatorRow,
} from './plan-types.js';
import { documentsById, planSummary } from './plan-summary.js';

/**
 * The 规划实施情况评估 of a plan as of a date: every target and dated task its plan
 * documents (proposal, outline) set for the plan period, with statuses; roll-ups overall,
 * by top-level section, by framework part and by responsible unit; goal-post changes and conflicting figures
 * of its jurisdiction that involve the plan; and the problems to report.
 */
export async function planEvaluation(
  ctx: AppContext,
  planId: string,
  asOf: string = ctx.asOf,
): Promise<PlanEvaluation> {
  await attachUnattached(ctx);
  const stored = await ctx.store.plans.get(planId);
  const documents = await documentsById(ctx);
  const plan = await planSummary(ctx, stored, documents);
  const planDocs = stored.documents.filter((d) => d.role === 'plan').map((d) => d.document_id);
  const readings = await Promise.all(planDocs.map((id) => ctx.store.documents.getReading(id)));
  const scorecardRows = [...(await buildScorecard(ctx, { plan: planId, asOf })).rows];
  // Quantified targets first (the indicator table), then dated tasks; each in reading order.
  scorecardRows.sort((a, b) => kindRank(a) - kindRank(b));
  const topSections = new Map(
    readings.map((reading) => [reading.document.id, topLevelSections(reading.outline)]),
  );
  const analyses = await analyseRows(ctx, scorecardRows);
  const units = await responsibleUnits(ctx, planDocs);
  const rows = scorecardRows.map((row) => ({
    ...indicatorRow(row, documents, sectionName(row, topSections.get(row.document.id))),
    analysis: analyses.get(row.item.id) ?? null,
    units: units.get(row.item.id) ?? [],
  }));
  const whole = await buildScorecard(ctx, { jurisdiction: plan.jurisdiction.code, asOf });
  const planDocSet = new Set(plan.documents.map((d) => d.id));
  return {
    plan,
    as_of: asOf,
    overall: rollUp(rows.map((row) => row.status)),
    rows,
    sections: groups(rows, (row) => (row.section === null ? [] : [row.section])),
    framework_parts: groups(
      rows,
      frameworkMembership(
        readings.flatMap((r) => r.frameworks),
        rows,
      ),
    ),
    units: groups(rows, (row) => row.units),
    goalpost_changes: (whole.goalpost_changes as GoalpostChange[])
      .filter((change) => change.versions.some((v) => planDocSet.has(v.document.id)))
      .map((change) => goalpostRow(change, documents)),
    claim_conflicts: (whole.claim_conflicts as ClaimConflict[])
      .filter((c) => c.year >= plan.start_year && c.year <= plan.end_year)
      .map((c) => conflictRow(c, documents)),
    problems: problems(rows),
  };
}

function kindRank(row: ScorecardRow): number {
  return row.item.kind === 'target' ? 0 : 1;
}

function indicatorRow(
  row: ScorecardRow,
  documents: ReadonlyMap<string, DocumentSummary>,
  section: string | null,
): Omit<PlanIndicatorRow, 'analysis' | 'units'> {
  const { item, status } = row;
  const latest = latestObservation(status.observations, status.numbers.latest_year);
  return {
    item_id: item.id,
    kind: item.kind === 'milestone' ? 'milestone' : 'target',
    indicator: row.indicator?.name_zh ?? item.metric,
    unit: item.measure === 'rank' ? '' : (item.unit ?? ''),
    baseline: baselineText(item, status.numbers),
    target: item.kind === 'milestone' ? `${item.year ?? ''}年完成` : targetText(item),
    actual: actualText(item, status.numbers),
    status: status.status,
    status_label: status.label,
    explanation: status.explanation,
    target_source: {
      label: documentLabel(documents.get(row.document.id)),
      document_id: row.document.id,
      sentence: readableSentence(item.text),
    },
    actual_source: latest === null ? null : observationSource(latest.source, documents),
    section,
    year: item.year,
    period: item.period,
  };
}

/** Top-level headings (the shallowest level below the title) with where each starts. */
function topLevelSections(outline: readonly OutlineEntry[]): { index: number; name: string }[] {
  const levels = outline.map((e) => e.level).filter((level) => level > 0);
  if (levels.length === 0) return [];
  const top = Math.min(...levels);
  return outline.flatMap((entry, index) =>
    entry.level === top ? [{ index, name: `${entry.label}${entry.title}`.trim() }] : [],
  );
}

function sectionName(
  row: ScorecardRow,
  sections: readonly { index: number; name: string }[] | undefined,
): string | null {
  if (row.section === null || sections === undefined) return null;
  const at = row.section.index;
  let name: string | null = null;
  for (const section of sections) {
    if (section.index <= at) name = section.name;
    else break;
  }
  return name;
}

function groups(
  rows: readonly PlanIndicatorRow[],
  groupsOf: (row: PlanIndicatorRow) => readonly string[],
): PlanGroup[] {
  const rolled = rollUpBy(rows, groupsOf, (row) => row.status);
  return [...rolled].map(([name, roll]) => ({
    name,
    roll_up: roll,
    item_ids: rows.filter((row) => groupsOf(row).includes(name)).map((row) => row.item_id),
  }));
}

/**
 * A target belongs to a framework part (九个中心 · 国际贸易中心) when its sentence or its
 * section names one of the part's listed members; members shorter than three characters
 * (交通, 文化) or numerals alone are too ambiguous to match.
 */
function frameworkMembership(
  frameworks: readonly Framework[],
  rows: readonly PlanIndicatorRow[],
): (row: PlanIndicatorRow) => readonly string[] {
  const members = frameworks.flatMap((framework) =>
    framework.parts.flatMap((part) =>
      part.items
        .filter((member) => member.length >= 3 && !/^[一二三四五六七八九十百\d]+$/u.test(member))
        .map((member) => ({ member, group: `${framework.name} · ${member}` })),
    ),
  );
  const byId = new Map(
    rows.map((row) => {
      const haystack = `${row.target_source.sentence ?? ''}${row.section ?? ''}`;
      const names = members.filter((m) => haystack.includes(m.member)).map((m) => m.group);
      return [row.item_id, [...new Set(names)]];
    }),
  );
  return (row) => byId.get(row.item_id) ?? [];
}

function goalpostRow(
  change: GoalpostChange,
  documents: ReadonlyMap<string, DocumentSummary>,
): PlanGoalpostChange {
  const source = (t: GoalpostChange['current']) => ({
    label: documentLabel(documents.get(t.document.id)),
    document_id: t.document.id,
    sentence: readableSentence(t.item.text),
  });
  return {
    indicator: change.current.item.metric,
    explanation: change.explanation,
    previous: source(change.previous),
    current: source(change.current),
  };
}

function conflictRow(
  conflict: ClaimConflict,
  documents: ReadonlyMap<string, DocumentSummary>,
): PlanClaimConflict {
  return {
    indicator: conflict.indicator_code,
    year: conflict.year,
    values: conflict.values.map((v) => `${Number(v.toPrecision(6))}${conflict.base_unit ?? ''}`),
    sources: conflict.observations.map((o) => observationSource(o.source, documents)),
  };
}

const PROBLEM_WORDS: Partial<Record<PlanIndicatorRow['status'], string>> = {
  missed: '未完成',
  'off-track': '进度滞后',
  'at-risk': '存在风险',
};

/**
 * 存在问题: one line per target that was missed, is behind or at risk; then one line naming
 * the due targets without a figure (there can be a hundred: a line each would bury the rest).
 */
function problems(rows: readonly PlanIndicatorRow[]): string[] {
  const lines = rows.flatMap((row) => {
    const word = PROBLEM_WORDS[row.status];
    return word === undefined ? [] : [`${row.indicator}（${word}）：${row.explanation.zh}`];
  });
  const unreported = rows.filter((row) => row.status === 'no-data');
  if (unreported.length > 0) {
    const names = [...new Set(unreported.map((row) => row.indicator))];
    const shown = names.slice(0, 20).join('、');
    const more = names.length > 20 ? `等` : '';
    lines.push(
      `${unreported.length}项到期目标暂无实际数据，无法评价：${shown}${more}。请责任单位填报或导入统计数据。`,
    );
  }
  return lines;
}
