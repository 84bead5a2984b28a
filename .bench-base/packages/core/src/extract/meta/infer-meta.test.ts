import { describe, expect, it } from 'vitest';
import { resolveMeta } from './infer-meta.js';

describe('resolveMeta: the year a statistical communiqué reports', () => {
  it('is the year its title names, not the year it was published (April)', () => {
    const meta = resolveMeta('', {
      title: '萍乡市2022年国民经济和社会发展统计公报',
      kind: 'statistical-communique',
      date: '2023-04-23',
    });
    expect(meta.reportYear).toBe(2022);
  });

  it('is the year before publication when the title names none', () => {
    const meta = resolveMeta('', {
      title: '国民经济和社会发展统计公报',
      kind: 'statistical-communique',
      date: '2023-06-30',
    });
    expect(meta.reportYear).toBe(2022);
  });
});
