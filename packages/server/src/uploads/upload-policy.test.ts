import { isLantuError } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { assertUploadType, uploadFileName, uploadTooLarge } from './upload-policy.js';

describe('assertUploadType', () => {
  it.each(['plan.txt', 'plan.MD', 'report.pdf', 'report.docx', 'page.html'])(
    'accepts %s',
    (name) => {
      expect(() => assertUploadType(name)).not.toThrow();
    },
  );

  it.each(['sheet.xlsx', 'plan.doc', 'README', 'archive.txt.zip'])(
    'refuses %s with UNSUPPORTED_FORMAT naming the accepted types',
    (name) => {
      try {
        assertUploadType(name);
        expect.unreachable();
      } catch (error) {
        expect(isLantuError(error) && error.code).toBe('UNSUPPORTED_FORMAT');
        expect((error as Error).message).toContain('.txt .md .pdf .docx .html');
      }
    },
  );
});

describe('uploadFileName', () => {
  it('keeps only the last path segment a browser may send', () => {
    expect(uploadFileName('C:\\fakepath\\规划.txt')).toBe('规划.txt');
    expect(uploadFileName('a/b/c.md')).toBe('c.md');
  });
});

describe('uploadTooLarge', () => {
  it('is a 413 naming the limit', () => {
    const error = uploadTooLarge(20 * 1024 * 1024);
    expect(error.status).toBe(413);
    expect(error.message).toContain('20 MB');
    expect(uploadTooLarge(1000).message).toContain('1 KB');
  });
});
