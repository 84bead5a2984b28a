import { describe, expect, it } from 'vitest';
import { checkReportedFigure, completionShare } from './reported-figure.js';

const GDP = { unit: '亿元', base_unit: '元' };
const SHARE = { unit: '%', base_unit: '%' };

describe('checkReportedFigure', () => {
  it('converts a figure in the target family to base units', () => {
    expect(checkReportedFigure({ value: 2693.3, unit: '亿元' }, GDP)).toEqual({
      ok: true,
      value: 269_330_000_000,
      baseUnit: '元',
    });
    expect(checkReportedFigure({ value: 5, unit: '万元' }, GDP)).toMatchObject({
      ok: true,
      value: 50_000,
    });
    expect(checkReportedFigure({ value: 7.5, unit: '％' }, SHARE)).toMatchObject({
      ok: true,
      value: 7.5,
    });
  });

  it('refuses a unit of another family with a clear message', () => {
    const refused = checkReportedFigure({ value: 7.5, unit: '%' }, GDP);
    expect(refused).toEqual({
      ok: false,
      message: {
        zh: '填报单位“%”是百分比，与目标单位“亿元”（金额）不一致',
        en: 'The unit “%” is a percentage, but the target is in “亿元” (an amount of money)',
      },
    });
    const plain = checkReportedFigure({ value: 12, unit: '' }, GDP);
    expect(plain.ok ? '' : plain.message.zh).toContain('无单位数值');
  });

  it('takes a figure in the target’s own unit word as the document meant it', () => {
    // 集拼转口300亿 (money from its sentence) and 前3名 (a rank), though 亿 and 名 alone are not
    expect(
      checkReportedFigure({ value: 300, unit: '亿' }, { unit: '亿', base_unit: '元' }),
    ).toEqual({ ok: true, value: 30_000_000_000, baseUnit: '元' });
    expect(checkReportedFigure({ value: 3, unit: '名' }, { unit: '名', base_unit: '位' })).toEqual({
      ok: true,
      value: 3,
      baseUnit: '位',
    });
    // another bare word is still a plain number
    const bare = checkReportedFigure({ value: 3, unit: '万' }, { unit: '亿', base_unit: '元' });
    expect(bare.ok).toBe(false);
  });

  it('refuses unknown units and non-numbers; accepts people for counts', () => {
    const unknown = checkReportedFigure({ value: 1, unit: '斤斤' }, GDP);
    expect(unknown.ok ? '' : unknown.message.zh).toBe(
      '无法识别单位“斤斤”，请填写如“亿元”“%”“万人”的单位',
    );
    expect(checkReportedFigure({ value: Number.NaN, unit: '亿元' }, GDP).ok).toBe(false);
    expect(
      checkReportedFigure({ value: 3, unit: '万户' }, { unit: '万人', base_unit: '人' }).ok,
    ).toBe(true);
    expect(checkReportedFigure({ value: 3, unit: '%' }, { unit: null, base_unit: null }).ok).toBe(
      true,
    );
  });
});

describe('completionShare', () => {
  it('measures from the baseline when there is one, else against the target', () => {
    expect(completionShare(125, { base_value: 150, comparator: '>=', baseline_value: 100 })).toBe(
      0.5,
    );
    expect(completionShare(90, { base_value: 80, comparator: '<=', baseline_value: 100 })).toBe(
      0.5,
    );
    expect(completionShare(75, { base_value: 150, comparator: '>=' })).toBe(0.5);
    expect(completionShare(90, { base_value: 80, comparator: '<=' })).toBeCloseTo(0.889, 3);
    expect(completionShare(70, { base_value: 80, comparator: '<=' })).toBe(1);
    expect(completionShare(70, { base_value: null, comparator: '>=' })).toBeNull();
  });
});
