import { describe, expect, it } from 'vitest';
import { memoryIo } from '../test/memory-io.js';
import { runCli } from './program.js';

const argv = (...args: string[]): string[] => ['node', 'lantu', ...args];

describe('runCli', () => {
  it('prints help in English on stdout and exits 0', async () => {
    const io = memoryIo();
    expect(await runCli(argv('--help'), io)).toBe(0);
    expect(io.stdout.text()).toContain('Usage: lantu');
    for (const command of ['extract', 'ingest', 'import', 'status', 'link']) {
      expect(io.stdout.text()).toMatch(new RegExp(`^  ${command} `, 'mu'));
    }
  });

  it('prints the package version', async () => {
    const io = memoryIo();
    expect(await runCli(argv('--version'), io)).toBe(0);
    expect(io.stdout.text()).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });

  it('exits 2 on usage errors, with the lantu: prefix', async () => {
    for (const args of [
      [],
      ['extract'],
      ['extract', 'a.txt', '--bogus'],
      ['extract', 'a.txt', '--kind', 'report'],
      ['extract', 'a.txt', '--json', '--out', 'o'],
      ['extract', 'a.txt', '--horizon', 'soon'],
    ]) {
      const io = memoryIo({ 'a.txt': '文本' });
      expect(await runCli(argv(...args), io), args.join(' ')).toBe(2);
      expect(io.stderr.text(), args.join(' ')).toMatch(/lantu: |Usage: lantu/u);
    }
  });

  it('exits 3 with the issue path for an invalid manifest', async () => {
    const io = memoryIo({ 'a.txt': '文本', 'm.json': '[{"file": "a.txt", "kind": "x"}]' });
    expect(await runCli(argv('extract', 'a.txt', '--manifest', 'm.json'), io)).toBe(3);
    expect(io.stderr.text()).toMatch(/^lantu: m\.json: \[0\]\.kind: /u);
  });

  it('runs extract and passes its exit code through', async () => {
    const io = memoryIo({ 'a.txt': '到2025年，地区生产总值突破2000亿元。' });
    expect(await runCli(argv('extract', 'a.txt', '--out', 'o', '--horizon', '2025'), io)).toBe(0);
    expect(io.written('o/a.json')).toContain('"horizon": 2025');
    expect(await runCli(argv('extract', 'a.txt', 'gone.txt', '--out', 'o'), io)).toBe(1);
  });
});
