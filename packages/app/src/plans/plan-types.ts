import type { PlanDocumentRole, RollUp, StatusCode } from '@lantu/core';

/** A plan with its documents, as lists and pages show it. */
export interface PlanSummary {
  readonly id: string;
  /** 义乌市“十四五”规划 */
  readonly name: string;
  readonly jurisdiction: { readonly code: string; readonly name_zh: string };
  readonly start_year: number;
  readonly end_year: number;
  readonly documents: readonly {
    readonly id: string;
    readonly title: string;
    readonly kind: string;
    readonly date: string | null;
    readonly role: PlanDocumentRole;
  }[];
}

/** Where a number in the report comes from: a document and its sentence, a table, a person. */
export interface FigureSource {
  /** 《…》2026-01-20 or 导入表格 file.xlsx 第3行 — always shown. */
  readonly label: string;
  readonly document_id: string | null;
  readonly sentence: string | null;
}

/** One row of the 主要指标完成情况表 (and of the task list for milestones). */
export interface PlanIndicatorRow {
  readonly item_id: string;
  readonly kind: 'target' | 'milestone';
  /** 指标: the catalog name when linked, else the metric read from the text. */
  readonly indicator: string;
  /** 单位 as the document wrote it. */
  readonly unit: string;
  /** 基期值, e.g. `1486.2（2020年）`, or empty. */
  readonly baseline: string;
  /** 目标值, e.g. `≥2000（2025年）`. */
  readonly target: string;
  /** 实际值, e.g. `2693.3（2025年）`, or empty. */
  readonly actual: string;
  readonly status: StatusCode;
  /** 完成情况 in Chinese and English. */
  readonly status_label: { readonly zh: string; readonly en: string };
  /** 说明 in Chinese and English. */
  readonly explanation: { readonly zh: string; readonly en: string };
  /** 数据分析: growth still required, the trend to the deadline, just met/missed; null where it does not apply. */
  readonly analysis: { readonly zh: string; readonly en: string } | null;
  /** 出处 of the target. */
  readonly target_source: FigureSource;
  /** 出处 of the actual figure, when there is one. */
  readonly actual_source: FigureSource | null;
  /** The top-level outline section the target sits in (分领域), or null. */
  readonly section: string | null;
  /** 责任单位: the lead units assigned the target (or its section); empty when unassigned. */
  readonly units: readonly string[];
  readonly year: number | null;
  /** Part of the year the target is for (`H1`, `Q1-Q3`, `Q2`), or null for the whole year. */
  readonly period: string | null;
}

export interface PlanGroup {
  readonly name: string;
  readonly roll_up: RollUp;
  /** Item ids of the rows in the group, in table order. */
  readonly item_ids: readonly string[];
}

/** A goal post moved between two documents (e.g. 2035年突破4000亿元 → 2030年突破3800亿元). */
export interface PlanGoalpostChange {
  readonly indicator: string;
  readonly explanation: { readonly zh: string; readonly en: string };
  readonly previous: FigureSource;
  readonly current: FigureSource;
}

/** One figure reported differently by different sources. */
export interface PlanClaimConflict {
  readonly indicator: string;
  readonly year: number;
  readonly values: readonly string[];
  readonly sources: readonly FigureSource[];
}

/** Everything the 规划实施情况评估报告 says, computed as of one date. */
export interface PlanEvaluation {
  readonly plan: PlanSummary;
  readonly as_of: string;
  /** 总体评价 */
  readonly overall: RollUp;
  /** Quantified targets (主要指标完成情况表), then dated tasks (milestones). */
  readonly rows: readonly PlanIndicatorRow[];
  /** 分领域进展: by the plan's top-level outline sections. */
  readonly sections: readonly PlanGroup[];
  /** By framework part (九个中心 → 国际贸易中心 …) where the texts name one. */
  readonly framework_parts: readonly PlanGroup[];
  /** By responsible (lead) unit, once targets are assigned; empty before. */
  readonly units: readonly PlanGroup[];
  readonly goalpost_changes: readonly PlanGoalpostChange[];
  readonly claim_conflicts: readonly PlanClaimConflict[];
  /** 存在问题: missed, off track or at risk, and due without a figure (逾期未报/暂无数据). */
  readonly problems: readonly string[];
}

export type { BattleMap, BattleMapColumn, BattleMapEntry, BattleMapRow } from './battle-map.js';
