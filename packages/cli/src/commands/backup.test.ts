import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLantu } from '@lantu/app';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/memory-io.js';
import { runCli } from '../program.js';

const dir = mkdtempSync(join(tmpdir(), 'lantu-cli-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const argv = (...args: string[]): string[] => ['node', 'lantu', ...args];

describe('lantu backup and lantu restore', () => {
  it('restore a backup into a fresh store with the same documents and reviews', async () => {
    const source = `sqlite:${join(dir, 'source.sqlite')}`;
    const files = memoryIo({
      'plan.txt': '一、主要目标\n到2025年，全市生产总值达到2000亿元以上。\n',
    });
    expect(await runCli(argv('ingest', 'plan.txt', '--db', source), files)).toBe(0);
    const app = await openLantu({ url: source });
    const [item] = await app.store.items.list({ limit: 1 });
    await app.changeItem(item?.id ?? '', { action: 'confirm', actor: 'reviewer' });
    const before = await app.store.items.list();
    await app.close();

    const file = join(dir, 'nightly.backup');
    const backup = memoryIo();
    expect(await runCli(argv('backup', file, '--db', source), backup)).toBe(0);
    expect(backup.stdout.text()).toContain('backed up the sqlite store');

    const fresh = `sqlite:${join(dir, 'fresh.sqlite')}`;
    expect(await runCli(argv('restore', file, '--db', fresh), memoryIo())).toBe(0);
    const restored = await openLantu({ url: fresh });
    try {
      expect(await restored.store.items.list()).toEqual(before);
      expect((await restored.documents()).length).toBe(1);
    } finally {
      await restored.close();
    }
  });

  it('exits non-zero with a message for a missing backup file', async () => {
    const run = memoryIo();
    const code = await runCli(
      argv('restore', join(dir, 'missing.backup'), '--db', `sqlite:${join(dir, 'y.sqlite')}`),
      run,
    );
    expect(code).not.toBe(0);
    expect(run.stderr.text()).toMatch(/no backup file/);
  });
});
