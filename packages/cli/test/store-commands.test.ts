/**
 * End-to-end over a real SQLite file: spawns the real `lantu` bin for ingest, import,
 * link and status on the Yiwu fixtures, as a user would run them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/lantu.mjs');
const CORPUS = 'fixtures/yiwu/corpus';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-store-'));
  db = `sqlite:${join(dir, 'lantu.sqlite')}`;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lantu(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface StatusJson {
  readonly as_of: string;
  readonly total: number;
  readonly totals: Record<string, number>;
  readonly rows: {
    item: { metric: string; year: number | null; indicator_code: string | null };
    status: { status: string };
  }[];
}

describe('lantu ingest / import / status (spawned)', () => {
  it('ingests the corpus, and a second run stores nothing and says unchanged', () => {
    const first = lantu('ingest', CORPUS, '--manifest', `${CORPUS}/manifest.json`, '--db', db);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /^created +fixtures\/yiwu\/corpus\/003_3c33441e9281c1c6\.txt +51 items, 38 linked$/mu,
    );
    expect(first.stdout).toContain('ingested 5 files: 5 created, 0 unchanged, 0 failed');
    const second = lantu('ingest', CORPUS, '--manifest', `${CORPUS}/manifest.json`, '--db', db);
    expect(second.status).toBe(0);
    expect(second.stdout.match(/^unchanged /gmu)).toHaveLength(5);
    expect(second.stdout).toContain('ingested 5 files: 0 created, 5 unchanged, 0 failed');
  });

  it('imports a good table, refuses a table with bad rows whole, and exits non-zero for it', () => {
    const good = join(dir, 'good.csv');
    writeFileSync(good, '指标,地区,时期,数值,单位\n工业总产值,义乌市,2025,2400,亿元\n');
    const ok = lantu('import', good, '--db', db);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`${good}: imported 1 observations\n`);

    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      '指标,地区,时期,数值,单位\n一般公共预算收入,义乌市,2026,170,亿元\n没有这个指标,义乌市,2025,1,亿元\n工业总产值,义乌市,下个月,1,亿元\n',
    );
    const refused = lantu('import', bad, '--db', db, '--json');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`lantu: ${bad}: row 3: unknown indicator "没有这个指标"`);
    expect(refused.stderr).toContain(`lantu: ${bad}: row 4: period "下个月"`);
    expect(JSON.parse(refused.stdout)).toEqual([
      expect.objectContaining({
        imported: 0,
        errors: [expect.objectContaining({ row: 3 }), expect.objectContaining({ row: 4 })],
      }),
    ]);
  });

  it('prints the scorecard as JSON with the statuses of the proof, and the imported figure used', () => {
    const run = lantu('status', '--json', '--as-of', '2026-03-01', '--db', db);
    expect(run.status).toBe(0);
    const card = JSON.parse(run.stdout) as StatusJson;
    expect(card.as_of).toBe('2026-03-01');
    expect(card.total).toBe(card.rows.length);
    const status = (code: string, year: number): string[] =>
      card.rows
        .filter((r) => r.item.indicator_code === code && r.item.year === year)
        .map((r) => r.status.status);
    expect(status('gdp', 2025)).toEqual(['achieved']);
    expect(status('express-delivery-volume', 2025)).toEqual(['missed']);
    // good.csv gave 工业总产值 a 2025 figure (2400亿 > 2300亿); the 规上 figure never counted.
    expect(status('industrial-output', 2025)).toEqual(['achieved']);
    // bad.csv's valid row was not stored either: the 2026 revenue target still has no figure.
    expect(status('general-public-budget-revenue', 2026)).toEqual(['not-yet-due']);
  });

  it('prints the scorecard as text grouped by document and section, with totals', () => {
    const run = lantu('status', '--as-of', '2026-03-01', '--db', db, '--status', 'missed');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^== 中共义乌市委关于制定.*（三至七） · plan-proposal · 2021-01-01 ==$/mu,
    );
    expect(run.stdout).toContain('[未完成 missed]');
    expect(run.stdout).toMatch(
      /Totals as of 2026-03-01: 已完成 achieved 4 · .* · 未完成 missed 1 · .* · total 1$/mu,
    );
  });

  it('re-runs the linker without undoing anything', () => {
    const run = lantu('link', '--db', db);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('linked 0 items\n');
  });
});
