/**
 * The 成绩单: a few big numbers from the document's actuals, one card per metric, each with
 * the metric's related figures (growth, rank) as small notes — the way 一图读懂 sets
 * “全市生产总值 2693.3亿元 / 增长7.9% / 全省第2位”.
 */
import { ordinalEn } from '@lantu/core';
import { enFigure, figureText, plainNumber, zhFigure } from './figures.js';
import type { Bilingual, PosterHeadline, PosterItem } from './types.js';

/** Cards on the poster: three rows of two, about two screens of a phone. */
export const HEADLINE_LIMIT = 6;
/** Money figures taken before the others, so places (第1位) also reach the 成绩单. */
export const HEADLINE_MONEY_LIMIT = 4;
const NOTE_LIMIT = 2;
const MONEY_UNITS = new Set(['元', '美元']);

/** The figures one sentence gave one metric for one year (or period). */
interface FigureGroup {
  readonly metric: string;
  readonly year: number | null;
  readonly period: string | null;
  readonly items: readonly PosterItem[];
  readonly main: PosterItem;
  readonly start: number;
}

function isChange(item: PosterItem): boolean {
  return item.measure === 'increase' || item.measure === 'decrease';
}

/**
 * The figure a card shows big: the largest level (超2500亿元 over 超1500亿元), else the best
 * place, else the first change.
 */
function mainFigure(items: readonly PosterItem[]): PosterItem | undefined {
  const levels = items.filter((item) => item.measure === 'level' || item.measure === null);
  if (levels.length > 0) {
    return [...levels].sort((a, b) => (b.base_value ?? 0) - (a.base_value ?? 0))[0];
  }
  const ranks = items.filter((item) => item.measure === 'rank');
  if (ranks.length > 0) return [...ranks].sort((a, b) => (a.value ?? 0) - (b.value ?? 0))[0];
  return items[0];
}

/** Groups actuals by metric, year and period, in document order. */
function groupFigures(actuals: readonly PosterItem[]): FigureGroup[] {
  const byKey = new Map<string, PosterItem[]>();
  const sorted = actuals
    .filter((item) => item.kind === 'actual' && item.value !== null && item.metric.trim() !== '')
    .sort((a, b) => a.start - b.start);
  for (const item of sorted) {
    const key = `${item.metric}\u0000${item.year ?? ''}\u0000${item.period ?? ''}`;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [item]);
    else list.push(item);
  }
  const groups: FigureGroup[] = [];
  for (const items of byKey.values()) {
    const main = mainFigure(items);
    const first = items[0];
    if (main === undefined || first === undefined) continue;
    groups.push({
      metric: first.metric,
      year: first.year,
      period: first.period,
      items,
      main,
      start: first.start,
    });
  }
  return groups;
}

/**
 * One group per metric: the latest year, then a whole year before a period (2025 before
 * 2021-2025), then the group with more figures, then the earlier in the document.
 */
function onePerMetric(groups: readonly FigureGroup[]): FigureGroup[] {
  const ranked = [...groups].sort(
    (a, b) =>
      (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
      Number(a.period !== null) - Number(b.period !== null) ||
      b.items.length - a.items.length ||
      a.start - b.start,
  );
  const seen = new Set<string>();
  return ranked.filter((group) => {
    if (seen.has(group.metric)) return false;
    seen.add(group.metric);
    return true;
  });
}

/** A change in words: 增长7.9% / 年均增长7.9% / 新增4家 / 下降3%. */
function changeText(item: PosterItem): Bilingual {
  const percent = item.unit === '%' || item.base_unit === '%';
  const zhFig = zhFigure(item);
  const enFig = enFigure(item);
  const zhValue = zhFig === null ? '' : figureText(zhFig);
  const enValue = enFig === null ? '' : figureText(enFig);
  const yearly = percent && item.period !== null;
  if (item.measure === 'decrease') {
    return {
      zh: `${yearly ? '年均' : ''}${percent ? '下降' : '减少'}${zhValue}`,
      en: `−${enValue}${yearly ? ' a year' : ''}`,
    };
  }
  return {
    zh: `${yearly ? '年均' : ''}${percent ? '增长' : '新增'}${zhValue}`,
    en: `+${enValue}${yearly ? ' a year' : ''}`,
  };
}

function rankText(item: PosterItem): Bilingual {
  const place = plainNumber(item.value ?? 0);
  const scope = item.scope ?? '';
  return {
    zh: `${scope}第${place}${item.unit ?? '位'}`,
    en: scope === '' ? ordinalEn(item.value ?? 0) : `${ordinalEn(item.value ?? 0)} in ${scope}`,
  };
}

/** Notes: a place's ranking, then the group's other changes and places (at most two in all). */
function notesOf(group: FigureGroup): Bilingual[] {
  const notes: Bilingual[] = [];
  // A place means little without its ranking: 第1位 among 全国县（市、区）.
  const scope = group.main.measure === 'rank' ? (group.main.scope ?? '') : '';
  if (scope !== '') notes.push({ zh: scope, en: `among ${scope}` });
  for (const item of group.items) {
    if (item === group.main || notes.length >= NOTE_LIMIT) continue;
    if (isChange(item) && !isChange(group.main)) notes.push(changeText(item));
    else if (item.measure === 'rank' && group.main.measure !== 'rank') notes.push(rankText(item));
  }
  return notes;
}

/** The card label: the metric, with the change word when the big number is a change. */
function labelOf(group: FigureGroup): string {
  if (!isChange(group.main)) return group.metric;
  const percent = group.main.unit === '%' || group.main.base_unit === '%';
  const word =
    group.main.measure === 'decrease' ? (percent ? '下降' : '减少') : percent ? '增长' : '新增';
  return `${group.metric}${percent && group.period !== null ? '年均' : ''}${word}`;
}

function toHeadline(group: FigureGroup): PosterHeadline | null {
  const zh = zhFigure(group.main);
  const en = enFigure(group.main);
  if (zh === null || en === null) return null;
  return {
    label: labelOf(group),
    figure: { zh, en },
    notes: notesOf(group),
    year: group.year,
    period: group.period,
  };
}

/**
 * The 成绩单 cards, chosen deterministically:
 * 1. actuals are grouped by metric, year and period; one group per metric (`onePerMetric`);
 * 2. the biggest money figures first (by value in 元, at most `HEADLINE_MONEY_LIMIT`), then
 *    places (第1位 before 第2位, then document order), then other levels, then changes (both
 *    in document order), then any further money figures; the first `HEADLINE_LIMIT` are kept;
 * 3. the chosen cards are shown in document order, the order the authors gave them.
 */
export function chooseHeadline(actuals: readonly PosterItem[]): PosterHeadline[] {
  const groups = onePerMetric(groupFigures(actuals));
  const isMoney = (g: FigureGroup): boolean =>
    g.main.measure !== 'rank' && !isChange(g.main) && MONEY_UNITS.has(g.main.base_unit ?? '');
  const money = groups
    .filter(isMoney)
    .sort((a, b) => (b.main.base_value ?? 0) - (a.main.base_value ?? 0) || a.start - b.start);
  const ranks = groups
    .filter((g) => g.main.measure === 'rank')
    .sort((a, b) => (a.main.value ?? 0) - (b.main.value ?? 0) || a.start - b.start);
  const byStart = (a: FigureGroup, b: FigureGroup): number => a.start - b.start;
  const levels = groups
    .filter((g) => !isMoney(g) && g.main.measure !== 'rank' && !isChange(g.main))
    .sort(byStart);
  const changes = groups.filter((g) => isChange(g.main)).sort(byStart);
  const ordered = [
    ...money.slice(0, HEADLINE_MONEY_LIMIT),
    ...ranks,
    ...levels,
    ...changes,
    ...money.slice(HEADLINE_MONEY_LIMIT),
  ];
  return ordered
    .slice(0, HEADLINE_LIMIT)
    .sort(byStart)
    .map(toHeadline)
    .filter((card): card is PosterHeadline => card !== null);
}
