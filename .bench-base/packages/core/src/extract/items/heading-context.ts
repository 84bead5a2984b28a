import type { Heading } from '../outline/read-outline.js';
import { findPlanPeriods, findYears } from './years.js';

/**
 * What a heading tells the sentences under it: the year targets fall due
 * (`到2027年`, `二〇三五年远景目标`, `“十四五”…目标`) and whether the section
 * reports results (成就, 五年来) or sets targets (目标, 重点工作).
 * Both are sticky across siblings: an infographic flattened into one Markdown
 * level keeps `2026年重点工作` for the `建议主要预期目标` that follows it.
 */
export type SectionMode = 'target' | 'actual';

export interface HeadingContext {
  readonly year: number | null;
  /** True when the year is written as a calendar year (not only a plan period). */
  readonly explicitYear: boolean;
  readonly periodFrom: number | null;
  readonly mode: SectionMode | null;
  /** The section looks back over several years (五年来, 十四五时期成就). */
  readonly retrospective: boolean;
}

const ACTUAL_HEADING = /成就|回顾|成绩|主要工作|年来|过去|进展|完成情况|发展基础|取得/;
const TARGET_HEADING =
  /目标|任务|预期|重点工作|展望|部署|打算|行动|计划|举措|远景|总体要求|政策取向/;
const RETROSPECTIVE =
  /五年来|年来|过去五年|发展成就|十[一二三四五六七八九]五[”"]?(?:时期|期间)?(?:发展)?成就/;

interface Slot {
  year: number | null;
  explicitYear: boolean;
  periodFrom: number | null;
  mode: SectionMode | null;
  retrospective: boolean;
}

export function headingContexts(headings: readonly Heading[]): HeadingContext[] {
  const slots: (Slot | undefined)[] = [];
  return headings.map((heading) => {
    const own = ownContext(heading.title);
    const level = Math.max(0, heading.level);
    const sibling = slots[level];
    slots.length = level + 1;
    const parent = inherited(slots, level);
    const slot: Slot = {
      year: own.year ?? sibling?.year ?? null,
      explicitYear: own.year !== null ? own.explicitYear : (sibling?.explicitYear ?? false),
      periodFrom: own.year !== null ? own.periodFrom : (sibling?.periodFrom ?? null),
      mode: own.mode ?? sibling?.mode ?? null,
      retrospective: own.retrospective || (own.mode === null && (sibling?.retrospective ?? false)),
    };
    slots[level] = slot;
    return {
      year: slot.year ?? parent.year,
      explicitYear: slot.year !== null ? slot.explicitYear : parent.explicitYear,
      periodFrom: slot.year !== null ? slot.periodFrom : parent.periodFrom,
      mode: slot.mode ?? parent.mode,
      retrospective: slot.retrospective || parent.retrospective,
    };
  });
}

function inherited(slots: readonly (Slot | undefined)[], level: number): HeadingContext {
  let year: number | null = null;
  let explicitYear = false;
  let periodFrom: number | null = null;
  let mode: SectionMode | null = null;
  let retrospective = false;
  for (let i = 0; i < level; i++) {
    const slot = slots[i];
    if (!slot) continue;
    if (slot.year !== null) {
      year = slot.year;
      explicitYear = slot.explicitYear;
      periodFrom = slot.periodFrom;
    }
    if (slot.mode !== null) mode = slot.mode;
    retrospective ||= slot.retrospective;
  }
  return { year, explicitYear, periodFrom, mode, retrospective };
}

function ownContext(title: string): HeadingContext {
  const years = findYears(title);
  const plans = findPlanPeriods(title);
  const first = years[0];
  const plan = plans[0];
  const actual = ACTUAL_HEADING.test(title);
  const target = TARGET_HEADING.test(title);
  const mode: SectionMode | null =
    actual && !target ? 'actual' : target && !actual ? 'target' : actual ? 'actual' : null;
  return {
    year: first?.year ?? plan?.year ?? null,
    explicitYear: first !== undefined,
    periodFrom: first?.from ?? plan?.from ?? null,
    mode,
    retrospective: RETROSPECTIVE.test(title),
  };
}
