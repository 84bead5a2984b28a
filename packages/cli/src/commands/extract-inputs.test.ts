import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/memory-io.js';
import { assertDistinctOutputs, expandInputs, outputFileName } from './extract-inputs.js';

const EXTENSIONS = ['txt', 'md', 'pdf'];

describe('expandInputs', () => {
  it('expands a directory to its supported files, sorted, without manifest.json', async () => {
    const io = memoryIo({
      'corpus/b.txt': 'b',
      'corpus/a.PDF': 'a',
      'corpus/manifest.json': '[]',
      'corpus/notes.xlsx': 'x',
      'corpus/sub/c.txt': 'c',
    });
    const { files, problems } = await expandInputs(['corpus'], io, EXTENSIONS);
    expect(files).toEqual(['corpus/a.PDF', 'corpus/b.txt']);
    expect(problems).toEqual([]);
  });

  it('passes files through in order, missing ones too, and reads a path once', async () => {
    const io = memoryIo({ 'd/a.txt': 'a', 'z.xyz': 'z' });
    const { files } = await expandInputs(['z.xyz', 'missing.txt', 'd', 'd/a.txt'], io, EXTENSIONS);
    expect(files).toEqual(['z.xyz', 'missing.txt', 'd/a.txt']);
  });

  it('reports a directory without supported files', async () => {
    const io = memoryIo({ 'empty/manifest.json': '[]' });
    const { files, problems } = await expandInputs(['empty'], io, ['.txt']);
    expect(files).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.input).toBe('empty');
    expect(problems[0]?.error.code).toBe('UNSUPPORTED_FORMAT');
    expect(problems[0]?.error.message).toContain('.txt');
  });
});

describe('outputFileName and assertDistinctOutputs', () => {
  it('swaps the extension for .json', () => {
    expect(outputFileName('dir/003_x.txt')).toBe('003_x.json');
    expect(outputFileName('README')).toBe('README.json');
  });

  it('rejects two inputs that would write the same file', () => {
    expect(() => assertDistinctOutputs(['a/plan.txt', 'b/plan.pdf'])).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'a/plan.txt and b/plan.pdf would both write plan.json',
      }),
    );
    expect(() => assertDistinctOutputs(['a/plan.txt', 'a/report.txt'])).not.toThrow();
  });
});
