import { LantuError } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { describeFsError, toLantuError } from './to-lantu-error.js';

describe('toLantuError', () => {
  it('keeps a LantuError and wraps anything else as INTERNAL', () => {
    const known = new LantuError('FILE_EMPTY', 'empty');
    expect(toLantuError(known)).toBe(known);
    const wrapped = toLantuError(new TypeError('boom'));
    expect(wrapped.code).toBe('INTERNAL');
    expect(wrapped.message).toBe('boom');
    expect(toLantuError('text').message).toBe('text');
  });
});

describe('describeFsError', () => {
  it('says what a known errno means and passes other messages through', () => {
    const enoent = Object.assign(new Error("ENOENT: no such file, open 'x'"), { code: 'ENOENT' });
    expect(describeFsError(enoent)).toBe('no such file or directory');
    expect(describeFsError(new Error('odd'))).toBe('odd');
  });
});
