import type { Jurisdiction } from '@lantu/core';
import type { IngestInput, LantuApp } from '../../src/index.js';
import { utf8 } from './temp-app.js';

/** A place that is not in the default seed: nothing in the app may depend on Yiwu. */
export const TEST_CITY: Jurisdiction = {
  code: 'cn-zj-test',
  name_zh: '测试市',
  name_en: 'Test City',
  level: 'county',
  parent_code: 'cn-zj',
};

/** Adds TEST_CITY to the app's store. */
export async function addTestCity(app: LantuApp): Promise<void> {
  await app.store.jurisdictions.upsert([TEST_CITY]);
}

/** 2021 plan: GDP ≥ 2000亿 and budget revenue ≥ 200亿 and trade > 3000亿 by 2025, one milestone. */
export const PLAN_2021: IngestInput = {
  fileName: 'plan-2021.txt',
  bytes: utf8(
    '一、主要目标\n到2025年，全市生产总值达到2000亿元以上，一般公共预算收入达到200亿元。全市进出口总额突破3000亿元。\n二、重点任务\n到2025年，建成国际物流枢纽。\n',
  ),
  meta: {
    title: '测试市十四五规划',
    jurisdiction: '测试市',
    kind: 'five-year-plan',
    date: '2021-01-01',
    horizon: 2025,
  },
};

/** 2023 revision: raises GDP to ≥ 2200亿, keeps trade, drops budget revenue. */
export const PLAN_2023: IngestInput = {
  fileName: 'plan-2023.txt',
  bytes: utf8(
    '一、主要目标\n到2025年，全市生产总值达到2200亿元以上。全市进出口总额突破3000亿元。\n',
  ),
  meta: {
    title: '测试市十四五规划（修订）',
    jurisdiction: '测试市',
    kind: 'five-year-plan',
    date: '2023-01-01',
    horizon: 2025,
  },
};

/** 2026 work report: 2025 figures (GDP 2100亿, trade 3200亿, and 金华市's GDP) and 2026 targets. */
export const REPORT_2026: IngestInput = {
  fileName: 'report-2026.txt',
  bytes: utf8(
    '一、2025年工作回顾\n2025年，全市生产总值2100亿元，增长6.5%。全市进出口总额3200亿元。金华市生产总值6500亿元。\n二、2026年主要预期目标\n全市生产总值增长6%左右，一般公共预算收入增长5%。\n',
  ),
  meta: {
    title: '测试市2026年政府工作报告',
    jurisdiction: '测试市',
    kind: 'work-report',
    date: '2026-01-20',
    horizon: 2026,
  },
};

export const SAMPLE_DOCUMENTS: readonly IngestInput[] = [PLAN_2021, PLAN_2023, REPORT_2026];
