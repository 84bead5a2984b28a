import { describe, expect, it } from 'vitest';
import { mergeMeta } from './document-meta.js';

describe('mergeMeta', () => {
  it('lets later layers win field by field', () => {
    expect(
      mergeMeta(
        { title: 'file', kind: 'article' },
        { title: 'manifest', horizon: 2025 },
        { horizon: 2030 },
      ),
    ).toEqual({ title: 'manifest', kind: 'article', horizon: 2030 });
  });

  it('never lets an undefined field erase an earlier value', () => {
    expect(mergeMeta({ title: 'manifest' }, { title: undefined, date: undefined })).toEqual({
      title: 'manifest',
    });
  });
});
