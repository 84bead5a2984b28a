import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.js';

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('义乌 scorecard.xlsx')).toBe(
      `attachment; filename="__ scorecard.xlsx"; filename*=UTF-8''%E4%B9%89%E4%B9%8C%20scorecard.xlsx`,
    );
  });

  it('cannot be broken out of by quotes in the name', () => {
    expect(attachmentDisposition('a"b.csv')).toContain('filename="a_b.csv"');
  });
});
