import type { DocumentKind } from '../../model/document.js';
import { findYears } from '../items/years.js';

/**
 * The document's time and what each of its sections does with it (a discourse
 * model), decided once from the outline and the metadata before any sentence is
 * read:
 * - a work report (or a party congress report) reviews the year before (工作回顾,
 *   过去一年, 过去五年) and sets targets for its own year (今年工作, 主要预期目标,
 *   总体要求);
 * - a plan or a proposal sets targets, except where it reviews the last plan
 *   period (发展基础, “十三五”时期成就);
 * - a statistical communiqué reports actuals only;
 * - news and other texts: each section by its own words, neutral otherwise, so
 *   that the sentence's own cues decide (what is quoted follows the same rules).
 */
export type SectionRole = 'review' | 'plan' | 'neutral';

export interface SectionDiscourse {
  readonly role: SectionRole;
  /** Why, in a few words of Chinese, for the review screen (`位于“今年工作安排”一节`). */
  readonly reason: string;
  /** A heading's words (its own or an enclosing one's) decided it, not the document's kind. */
  readonly fromTitle: boolean;
  /** The year this section's undated targets fall due, when it differs from the document's. */
  readonly horizon?: number | null;
}

export interface Discourse {
  /** The year the document's plan part sets targets for (a work report's own year). */
  readonly planYear: number | null;
  /** The year its review part (and an unqualified actual) describes. */
  readonly reviewYear: number | null;
  /** The year 今年 means: the year of publication (a work report's own year without a date). */
  readonly thisYear: number | null;
  /** The role of text before the first heading, and of sections that say nothing. */
  readonly documentRole: SectionDiscourse;
  /** One entry per outline heading, in outline order; inherited from the enclosing heading. */
  readonly sections: readonly SectionDiscourse[];
}

export interface DiscourseHeading {
  readonly level: number;
  readonly title: string;
}

export interface DiscourseMeta {
  readonly kind: DocumentKind;
  /** From the metadata: the horizon (a work report's own year) and the report year. */
  readonly horizon: number | null;
  readonly reportYear: number | null;
  readonly date?: string | null;
}

/** Heading words of a review of results (work reports, plans' 发展基础, congress reports). */
const REVIEW_TITLE =
  /工作回顾|回顾|过去一年|过去五年|过去[两三四五]年|[一二两三四五十]年来|发展成就|取得的?成就|主要成就|发展基础|主要成绩|工作成绩|成绩单|完成情况|执行情况|取得的?成绩/;
/** Heading words of a plan part: the year's work, the expected targets, the general requirements. */
const PLAN_TITLE =
  /今年|明年|[本新]年度?工作|工作安排|主要预期目标|预期目标|主要目标|目标任务|总体要求|政策取向|重点工作|重点任务|主要任务|工作任务|今后五年|未来五年|今后一个时期|展望|部署|打算|远景目标|指导思想|奋斗目标|工作的?建议|主要考虑/;

/**
 * A news article's own title (`GDP预期目标5.5%如何实现？`) names its topic, not the role of
 * everything under it: what it quotes is read by each sentence's and subtitle's own words.
 */
const ARTICLE_TITLE: SectionDiscourse = { role: 'neutral', reason: '', fromTitle: true };

const NEUTRAL: SectionDiscourse = { role: 'neutral', reason: '', fromTitle: false };

export function readDiscourse(
  headings: readonly DiscourseHeading[],
  meta: DiscourseMeta,
): Discourse {
  const planYear = meta.horizon;
  const reviewYear = meta.reportYear;
  const documentRole = roleOfDocument(meta.kind);
  const stack: { level: number; role: SectionDiscourse }[] = [];
  const sections = headings.map((heading) => {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? -1) >= heading.level) stack.pop();
    const parent = stack[stack.length - 1]?.role ?? documentRole;
    const own =
      meta.kind === 'statistical-communique'
        ? null
        : (roleOfTitle(heading.title, { kind: meta.kind, planYear, reviewYear }) ??
          (meta.kind === 'article' && heading.level === 0 ? ARTICLE_TITLE : null));
    // A plan part's sub-headings keep its horizon (今后五年 → （一）主要任务).
    const role =
      own === null
        ? parent
        : own.role === 'plan' &&
            own.horizon == null &&
            parent.role === 'plan' &&
            parent.horizon != null
          ? { ...own, horizon: parent.horizon }
          : own;
    stack.push({ level: heading.level, role });
    return role;
  });
  const ordered =
    meta.kind === 'work-report' || meta.kind === 'plenary-report'
      ? reviewBeforePlan(headings, sections)
      : sections;
  const dateYear = meta.date ? Number(meta.date.slice(0, 4)) : NaN;
  const thisYear = Number.isInteger(dateYear)
    ? dateYear
    : meta.kind === 'work-report'
      ? planYear
      : null;
  return { planYear, reviewYear, thisYear, documentRole, sections: ordered };
}

/**
 * A report reviews first and plans after: the sections that come before its plan part's
 * heading (`二、2025年目标任务和重点工作`), and say nothing themselves (`（九）扎实保障和改善民生`
 * of an excerpt that starts inside the review), belong to the review.
 */
function reviewBeforePlan(
  headings: readonly DiscourseHeading[],
  sections: readonly SectionDiscourse[],
): readonly SectionDiscourse[] {
  const firstPlan = sections.findIndex((s) => s.fromTitle && s.role === 'plan');
  const planLevel = headings[firstPlan]?.level;
  if (firstPlan <= 0 || planLevel === undefined) return sections;
  return sections.map((section, i) =>
    i < firstPlan && section.role === 'neutral' && (headings[i]?.level ?? 0) >= planLevel
      ? { role: 'review', reason: '位于报告部署部分之前（回顾）', fromTitle: true }
      : section,
  );
}

function roleOfDocument(kind: DocumentKind): SectionDiscourse {
  switch (kind) {
    case 'statistical-communique':
      return { role: 'review', reason: '统计公报只报告实绩', fromTitle: false };
    case 'five-year-plan':
    case 'plan-proposal':
      return { role: 'plan', reason: '规划文本设定目标', fromTitle: false };
    case 'work-report':
    case 'plenary-report':
    case 'infographic':
    case 'article':
    case 'other':
      return NEUTRAL;
  }
}

/**
 * A heading's own role: its review or plan words, else a year in it set
 * against the document's time (`2024年工作回顾` in a 2025 report; `2025年工作`).
 * Both kinds of words (`回顾与展望`) say nothing.
 */
export function roleOfTitle(
  title: string,
  doc: { kind: DocumentKind; planYear: number | null; reviewYear: number | null },
): SectionDiscourse | null {
  const quoted = `“${title.length > 18 ? `${title.slice(0, 18)}…` : title}”`;
  const review = REVIEW_TITLE.test(title);
  const plan = PLAN_TITLE.test(title);
  if (review && !plan)
    return { role: 'review', reason: `位于${quoted}一节（回顾）`, fromTitle: true };
  if (plan && !review) {
    // A report at the start of a term plans its next five years (今后五年: the report's year + 4).
    if (doc.planYear !== null && /今后五年|未来五年/.test(title)) {
      const horizon = doc.planYear + 4;
      return {
        role: 'plan',
        reason: `位于${quoted}一节（目标年${horizon}年）`,
        fromTitle: true,
        horizon,
      };
    }
    return { role: 'plan', reason: `位于${quoted}一节（部署）`, fromTitle: true };
  }
  if (review && plan) return null;
  // Only reports have a time of their own to set a heading's year against.
  if (doc.kind !== 'work-report' && doc.kind !== 'plenary-report') return null;
  const year = findYears(title)[0];
  if (!year) return null;
  if (doc.planYear !== null && year.year >= doc.planYear && /工作|目标|任务/.test(title))
    return {
      role: 'plan',
      reason: `位于${quoted}一节（报告年${doc.planYear}年的部署）`,
      fromTitle: true,
    };
  if (doc.reviewYear !== null && year.year <= doc.reviewYear)
    return { role: 'review', reason: `位于${quoted}一节（${year.year}年已过去）`, fromTitle: true };
  return null;
}
