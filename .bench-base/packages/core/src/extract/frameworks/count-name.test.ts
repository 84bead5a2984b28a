import { describe, expect, it } from 'vitest';
import { parseCountedName } from './count-name.js';

const parts = (name: string) => parseCountedName(name)?.map((p) => `${p.count}${p.label}`);

describe('parseCountedName', () => {
  it.each([
    ['九个中心', ['9中心']],
    ['三大新赛道', ['3新赛道']],
    ['十五张牌', ['15牌']],
    ['三优化一提升', ['3优化', '1提升']],
    ['五好两宜', ['5好', '2宜']],
    ['八八战略', ['8', '8']],
    ['138', ['1', '3', '8']],
    ['3+1+1', ['3', '1', '1']],
    ['四治融合', ['4治']],
    ['双控双减', ['2控', '2减']],
    ['一港一通道一班列', ['1港', '1通道', '1班列']],
  ])('%s', (name, expected) => {
    expect(parts(name)).toEqual(expected);
  });
  it('rejects names that do not start with a count', () => {
    expect(parseCountedName('国际贸易')).toBeNull();
  });
});
