import { parseUnitText, toBaseValue } from '../extract/numbers/unit-text.js';
import { unitFamilyOf } from '../indicators/unit-family.js';
import type { UnitFamily } from '../model/indicator.js';
import type { Item } from '../model/item.js';
import type { Bilingual } from './types.js';

/** A figure as a reporter types it: the number and the unit beside it (`2693.3`, `亿元`). */
export interface ReportedFigure {
  readonly value: number;
  readonly unit: string;
}

export type CheckedFigure =
  | { readonly ok: true; readonly value: number; readonly baseUnit: string | null }
  | { readonly ok: false; readonly message: Bilingual };

const FAMILY_WORDS: Readonly<Record<UnitFamily, Bilingual>> = {
  currency: { zh: '金额', en: 'an amount of money' },
  percent: { zh: '百分比', en: 'a percentage' },
  count: { zh: '个数', en: 'a count' },
  people: { zh: '人数', en: 'a number of people' },
  area: { zh: '面积', en: 'an area' },
  mass: { zh: '重量', en: 'a mass' },
  volume: { zh: '体积', en: 'a volume' },
  length: { zh: '长度', en: 'a length' },
  duration: { zh: '时长', en: 'a duration' },
  energy: { zh: '能耗', en: 'energy' },
  rank: { zh: '位次', en: 'a rank' },
  index: { zh: '指数', en: 'an index' },
  other: { zh: '其他', en: 'another kind' },
};

/** People and counts are both headcounts (名, 人, 户), as the indicator linker treats them. */
function sameFamily(a: UnitFamily, b: UnitFamily): boolean {
  const headcount: readonly UnitFamily[] = ['people', 'count'];
  return a === b || (headcount.includes(a) && headcount.includes(b));
}

/**
 * Checks a reported figure against the target it reports on and converts it to base
 * units (2693.3 亿元 → 269 330 000 000 元). Refuses, with a message in both languages, a
 * unit Lantu does not know and a unit of another family than the target's (亿元 for a
 * target in %). A target without a unit accepts any known unit.
 */
export function checkReportedFigure(
  figure: ReportedFigure,
  target: Pick<Item, 'unit' | 'base_unit'>,
): CheckedFigure {
  if (!Number.isFinite(figure.value)) {
    return { ok: false, message: { zh: '填报数值不是有效数字', en: 'The figure is not a number' } };
  }
  const unit = parseUnitText(figure.unit);
  if (unit === null) {
    return {
      ok: false,
      message: {
        zh: `无法识别单位“${figure.unit}”，请填写如“亿元”“%”“万人”的单位`,
        en: `Unknown unit “${figure.unit}”; write a unit such as 亿元, % or 万人`,
      },
    };
  }
  // The target's own unit word means what the document meant by it: 集拼转口300亿 is read
  // as 亿元 from its sentence, and 平安建设前3名 as a rank, though 亿 and 名 alone are not.
  if (target.unit !== null && target.base_unit !== null && figure.unit.trim() === target.unit) {
    return { ok: true, value: toBaseValue(figure.value, unit.factor), baseUnit: target.base_unit };
  }
  const expected = unitFamilyOf(target.base_unit);
  const given = unitFamilyOf(unit.base);
  if (expected !== null && (given === null || !sameFamily(given, expected))) {
    const targetUnit = target.unit ?? target.base_unit ?? '';
    const givenWords =
      given === null ? { zh: '无单位数值', en: 'a plain number' } : FAMILY_WORDS[given];
    return {
      ok: false,
      message: {
        zh: `填报单位“${figure.unit}”是${givenWords.zh}，与目标单位“${targetUnit}”（${FAMILY_WORDS[expected].zh}）不一致`,
        en: `The unit “${figure.unit}” is ${givenWords.en}, but the target is in “${targetUnit}” (${FAMILY_WORDS[expected].en})`,
      },
    };
  }
  return { ok: true, value: toBaseValue(figure.value, unit.factor), baseUnit: unit.base };
}

/**
 * The share of a target a reported figure shows done (0..1, may exceed 1), or null when it
 * cannot be said: from the baseline when the target has one (2020: 100 → 2025: 150, now
 * 125 → 0.5), else the figure over the target. For a lower-is-better target (`<=`) the
 * share runs the other way. Both in base units.
 */
export function completionShare(
  value: number,
  target: Pick<Item, 'base_value' | 'comparator'> & { readonly baseline_value?: number | null },
): number | null {
  const goal = target.base_value;
  if (goal === null) return null;
  const from = target.baseline_value ?? null;
  if (from !== null && from !== goal) return (value - from) / (goal - from);
  const lowerIsBetter = target.comparator === '<=' || target.comparator === '<';
  if (lowerIsBetter) return value <= goal ? 1 : goal / value;
  return goal === 0 ? null : value / goal;
}
