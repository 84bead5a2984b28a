import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/memory-io.js';
import { runCli } from '../program.js';

const dirs: string[] = [];
let db: string;
beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-cli-inproc-'));
  dirs.push(dir);
  db = `sqlite:${join(dir, 'lantu.sqlite')}`;
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const argv = (...args: string[]): string[] => ['node', 'lantu', ...args];
const PLAN = '一、主要目标\n到2025年，全市生产总值达到2000亿元以上。\n';
const REPORT =
  '一、回顾\n2025年，全市生产总值2100亿元。\n二、目标\n2026年全市生产总值增长6%左右。\n';
const MANIFEST = JSON.stringify([
  {
    file: 'plan.txt',
    title: '规划',
    jurisdiction: '义乌市',
    kind: 'five-year-plan',
    date: '2021-01-01',
    horizon: 2025,
  },
  {
    file: 'report.txt',
    title: '报告',
    jurisdiction: '义乌市',
    kind: 'work-report',
    date: '2026-01-20',
    horizon: 2026,
  },
]);

function corpus(): ReturnType<typeof memoryIo> {
  return memoryIo({ 'c/plan.txt': PLAN, 'c/report.txt': REPORT, 'c/manifest.json': MANIFEST });
}

describe('lantu ingest (in-process)', () => {
  it('stores every file, reports one line each and a summary, and asks for a bar of n files', async () => {
    const io = corpus();
    expect(await runCli(argv('ingest', 'c', '--manifest', 'c/manifest.json', '--db', db), io)).toBe(
      0,
    );
    expect(io.stdout.text()).toBe(
      'created    c/plan.txt  1 items, 1 linked\ncreated    c/report.txt  2 items, 2 linked\ningested 2 files: 2 created, 0 unchanged, 0 failed\n',
    );
    expect(io.progressTotals).toEqual([2]);
    const again = corpus();
    expect(
      await runCli(
        argv('ingest', 'c', '--manifest', 'c/manifest.json', '--db', db, '--json'),
        again,
      ),
    ).toBe(0);
    const results = JSON.parse(again.stdout.text()) as { status: string; path: string }[];
    expect(results.map((r) => [r.path, r.status])).toEqual([
      ['c/plan.txt', 'unchanged'],
      ['c/report.txt', 'unchanged'],
    ]);
  });

  it('carries on past files that fail and exits 1', async () => {
    const io = memoryIo({ 'plan.txt': PLAN, 'empty.txt': '' });
    const code = await runCli(
      argv('ingest', 'empty.txt', 'gone.txt', 'plan.txt', '--jurisdiction', '义乌市', '--db', db),
      io,
    );
    expect(code).toBe(1);
    expect(io.stderr.text()).toContain('lantu: gone.txt: cannot read: no such file or directory');
    expect(io.stderr.text()).toMatch(/lantu: empty\.txt: .*empty/u);
    expect(io.stdout.text()).toContain('ingested 3 files: 1 created, 0 unchanged, 2 failed');
  });

  it('refuses an unknown jurisdiction for that file only', async () => {
    const io = memoryIo({ 'plan.txt': PLAN });
    expect(
      await runCli(argv('ingest', 'plan.txt', '--jurisdiction', '火星市', '--db', db), io),
    ).toBe(2);
    expect(io.stderr.text()).toContain(
      "lantu: plan.txt: document jurisdiction '火星市' is not a known jurisdiction",
    );
  });
});

describe('lantu status and link (in-process)', () => {
  it('prints statuses as of the date asked, grouped by document and section', async () => {
    await runCli(argv('ingest', 'c', '--manifest', 'c/manifest.json', '--db', db), corpus());
    const io = memoryIo();
    expect(await runCli(argv('status', '--as-of', '2026-03-01', '--db', db), io)).toBe(0);
    const lines = io.stdout.text().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '== 规划 · five-year-plan · 2021-01-01 ==',
      '  一、主要目标',
      '    [已完成 achieved] 全市生产总值达到2000亿元以上',
      '      2025年全市生产总值2100亿元，目标不低于2000亿元，已完成。',
    ]);
    expect(lines).toContain('== 报告 · work-report · 2026-01-20 ==');
    expect(lines).toContain('  二、目标');
    expect(lines).toContain('    [未到期 not yet due] 2026年全市生产总值增长6%左右');
    expect(lines.at(-2)).toBe(
      'Totals as of 2026-03-01: 已完成 achieved 1 · 按序时推进 on track 0 · 滞后 at risk 0 · 严重滞后 off track 0 · 未完成 missed 0 · 未到期 not yet due 1 · 暂无数据 no data 0 · total 2',
    );
  });

  it('links one item by hand and keeps it through a linker run', async () => {
    await runCli(argv('ingest', 'c', '--manifest', 'c/manifest.json', '--db', db), corpus());
    const status = memoryIo();
    await runCli(argv('status', '--json', '--db', db, '--year', '2025'), status);
    const card = JSON.parse(status.stdout.text()) as { rows: { item: { id: string } }[] };
    const id = card.rows[0]?.item.id ?? '';
    const io = memoryIo();
    expect(
      await runCli(
        argv('link', '--item', id, '--indicator', 'none', '--actor', 'alice', '--db', db),
        io,
      ),
    ).toBe(0);
    expect(io.stdout.text()).toBe(`linked ${id} to no indicator (cn-zj-jh-yw), by alice\n`);
    const rerun = memoryIo();
    expect(await runCli(argv('link', '--db', db), rerun)).toBe(0);
    expect(rerun.stdout.text()).toBe('linked 0 items\n');
  });

  it('names the flag for bad values and exits 2', async () => {
    for (const args of [
      ['status', '--as-of', '2026-02-30'],
      ['status', '--year', 'soon'],
      ['status', '--status', 'great'],
      ['link', '--indicator', 'gdp'],
      ['ingest', 'a.txt', '--horizon', 'soon'],
    ]) {
      const io = memoryIo();
      expect(await runCli(argv(...args, '--db', db), io), args.join(' ')).toBe(2);
      expect(io.stderr.text(), args.join(' ')).toMatch(/^lantu: (--|option)/u);
    }
  });

  it('exits 4 for an unknown item', async () => {
    const io = memoryIo();
    expect(await runCli(argv('link', '--item', 'nope', '--indicator', 'gdp', '--db', db), io)).toBe(
      4,
    );
    expect(io.stderr.text()).toBe('lantu: no item nope\n');
  });
});

describe('lantu import (in-process)', () => {
  it('imports a CSV and reports per-row problems of another, storing none of it', async () => {
    const io = memoryIo({
      'ok.csv': 'indicator,jurisdiction,period,value,unit\ngdp,义乌市,2025,2693.3,亿元\n',
      'bad.csv':
        'indicator,jurisdiction,period,value,unit\ngdp,义乌市,2024,2500,亿元\ngdp,义乌市,2025,many,亿元\n',
    });
    expect(await runCli(argv('import', 'ok.csv', 'bad.csv', 'gone.xlsx', '--db', db), io)).toBe(1);
    expect(io.stdout.text()).toBe(
      'ok.csv: imported 1 observations\nbad.csv: nothing imported, 1 problems\n',
    );
    expect(io.stderr.text()).toBe(
      'lantu: bad.csv: row 3: value "many" is not a number\nlantu: gone.xlsx: cannot read: no such file or directory\n',
    );
  });
});
