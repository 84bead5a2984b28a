/**
 * `lantu report` spawned as a user runs it: no plan → exit 4 and a clear message;
 * after ingesting the Yiwu corpus → a Word file for 义乌市“十四五”规划.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-report-'));
  db = `sqlite:${join(dir, 'lantu.sqlite')}`;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lantu(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('lantu report (spawned)', () => {
  it('says there is no plan and exits 4 on an empty store, writing nothing', () => {
    const out = join(dir, 'none.docx');
    const result = lantu('report', '--out', out, '--db', db);
    expect(result.status).toBe(4);
    expect(result.stderr).toContain('库中没有规划');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an output that is neither .docx nor .pdf', () => {
    const result = lantu('report', '--out', join(dir, 'r.txt'), '--db', db);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('.docx or .pdf');
  });

  it('writes the 十四五 evaluation as a Word file after the corpus is ingested', () => {
    expect(
      lantu('ingest', CORPUS, '--manifest', `${CORPUS}/manifest.json`, '--db', db).status,
    ).toBe(0);
    const out = join(dir, '十四五评估.docx');
    const result = lantu('report', '--out', out, '--as-of', '2026-03-01', '--db', db);
    expect(result.stderr).toContain('义乌市“十四五”规划实施情况评估报告');
    expect(result.status).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const unknown = lantu('report', '--out', out, '--plan', 'nope', '--db', db);
    expect(unknown.status).toBe(4);
  });
});
