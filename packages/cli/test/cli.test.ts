/**
 * End-to-end: spawns the real `lantu` bin (tsx, readers, core) on the Yiwu
 * fixtures. Asserts only the reading's shape and metadata, never how many
 * items the extractor finds, since that is the extractor's business.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/lantu.mjs');
const CORPUS = 'fixtures/yiwu/corpus';
const MANIFEST_PATH = `${CORPUS}/manifest.json`;

interface FixtureEntry {
  readonly file: string;
  readonly title: string;
  readonly horizon: number;
}
const MANIFEST = JSON.parse(readFileSync(join(ROOT, MANIFEST_PATH), 'utf8')) as FixtureEntry[];
const FILES = MANIFEST.map((entry) => `${CORPUS}/${entry.file}`);

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-cli-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function lantu(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function baseName(file: string): string {
  return file.replace(/^.*\//u, '').replace(/\.[^.]+$/u, '');
}

function expectSection5Reading(json: string, entry: FixtureEntry, sourcePath: string): void {
  const reading = JSON.parse(json) as Record<string, unknown> & {
    document: Record<string, unknown>;
  };
  expect(Object.keys(reading).sort()).toEqual(['document', 'frameworks', 'items', 'outline']);
  expect(reading.document['title']).toBe(entry.title);
  expect(reading.document['horizon']).toBe(entry.horizon);
  // UTF-16 code units of the file as decoded: offsets into the text count the same way.
  expect(reading.document['chars']).toBe(readFileSync(sourcePath, 'utf8').length);
  expect(Array.isArray(reading['outline'])).toBe(true);
  expect(Array.isArray(reading['items'])).toBe(true);
  expect(Array.isArray(reading['frameworks'])).toBe(true);
}

describe('lantu extract (spawned)', () => {
  it('writes a section-5 reading per fixture with the manifest metadata', () => {
    const out = join(tempDir(), 'readings'); // does not exist yet: extract must create it
    const run = lantu('extract', ...FILES, '--manifest', MANIFEST_PATH, '--out', out);
    expect(run.stderr).not.toContain('warning');
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(FILES.map((file) => `${baseName(file)}.json`).sort());
    MANIFEST.forEach((entry, index) => {
      const json = readFileSync(join(out, `${baseName(entry.file)}.json`), 'utf8');
      expectSection5Reading(json, entry, join(ROOT, FILES[index] ?? ''));
      // Pretty, 2-space indented, Chinese written as is rather than \u-escaped.
      expect(json).toMatch(/^\{\n {2}"document": \{\n {4}"title": /u);
      expect(json).toContain(entry.title);
      expect(json).not.toMatch(/\\u[0-9a-f]{4}/iu);
    });
  });

  it('reads every supported file of a directory, skipping manifest.json', () => {
    const out = tempDir();
    const run = lantu('extract', CORPUS, '--manifest', MANIFEST_PATH, '--out', out);
    expect(run.status).toBe(0);
    expect(readdirSync(out)).toHaveLength(MANIFEST.length);
    expect(readdirSync(out)).not.toContain('manifest.json');
  });

  it('carries on past an empty and a missing file, names them, and exits non-zero', () => {
    const dir = tempDir();
    const [first, second] = MANIFEST;
    if (first === undefined || second === undefined) throw new Error('fixture manifest too short');
    copyFileSync(join(ROOT, CORPUS, first.file), join(dir, first.file));
    copyFileSync(join(ROOT, CORPUS, second.file), join(dir, second.file));
    writeFileSync(join(dir, 'empty.txt'), '');
    const out = join(dir, 'out');
    const run = lantu(
      'extract',
      join(dir, first.file),
      join(dir, 'empty.txt'),
      join(dir, 'missing.txt'),
      join(dir, second.file),
      '--manifest',
      MANIFEST_PATH,
      '--out',
      out,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`lantu: ${join(dir, 'empty.txt')}: `);
    expect(run.stderr).toContain(`lantu: ${join(dir, 'missing.txt')}: `);
    expect(readdirSync(out).sort()).toEqual(
      [`${baseName(first.file)}.json`, `${baseName(second.file)}.json`].sort(),
    );
    expectSection5Reading(
      readFileSync(join(out, `${baseName(second.file)}.json`), 'utf8'),
      second,
      join(dir, second.file),
    );
  });

  it('prints a table without --out and JSON with --json', () => {
    const [entry] = MANIFEST;
    if (entry === undefined) throw new Error('fixture manifest is empty');
    const file = `${CORPUS}/${entry.file}`;
    const table = lantu('extract', file, '--manifest', MANIFEST_PATH);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain(`== ${file} ==`);
    expect(table.stdout).toContain(entry.title);
    expect(table.stdout).toContain(`horizon ${entry.horizon}`);
    const json = lantu('extract', file, '--manifest', MANIFEST_PATH, '--json');
    expect(json.status).toBe(0);
    const readings = JSON.parse(json.stdout) as unknown[];
    expect(readings).toHaveLength(1);
    expectSection5Reading(JSON.stringify(readings[0]), entry, join(ROOT, file));
  });

  it('exits 2 on a usage error', () => {
    const run = lantu('extract', FILES[0] ?? '', '--horizon', 'soon');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('lantu: --horizon');
  });
});
