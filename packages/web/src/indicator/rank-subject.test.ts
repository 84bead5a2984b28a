import { describe, expect, it } from 'vitest';
import { rankSubject } from './rank-subject.js';

describe('rankSubject', () => {
  it('tells a growth rank from a size rank', () => {
    expect(
      rankSubject('全市生产总值 **2693.3** 亿元，增长 **7.9%**，增速居全省县（市、区）**第2位'),
    ).toBe('growth');
    expect(rankSubject('总量从全省县（市、区）**第11位** 跃升至**第7位')).toBe('level');
    expect(rankSubject('居全省第3位')).toBeNull();
  });
});
