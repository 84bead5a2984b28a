/**
 * The 作战图 wall chart prints on ONE A1 sheet whatever the plan's size (issue 11): the Yiwu
 * plan's PDF and PNG through the route, and a large synthetic plan (many units × ten years
 * of quarters, a crowded last quarter) through the same HTML and renderer. The PDFs are read
 * back with poppler (pdfinfo, pdffonts), which the test run installs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BattleMap, BattleMapColumn, BattleMapEntry } from '@lantu/app';
import { closePosterBrowser, renderWallChart } from '@lantu/poster';
import { battleMapHtml } from '@lantu/reports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePosterIfLoaded } from '../src/poster-renderer.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

const PLAN = 'cn-zj-jh-yw-2021-2025';

let t: TestServer;
let dir: string;
beforeAll(async () => {
  t = await openTestServer();
  dir = mkdtempSync(join(tmpdir(), 'lantu-wall-chart-'));
});
afterAll(async () => {
  await closePosterIfLoaded();
  await closePosterBrowser();
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

interface PdfFacts {
  readonly pages: number;
  /** Page size in points, rounded. */
  readonly width: number;
  readonly height: number;
  /** Chromium embeds the CJK (CFF) fonts as Type 3 fonts, without names. */
  readonly fonts: readonly { readonly embedded: boolean }[];
}

/** Pages, page size and fonts of a PDF as poppler reads them. */
function readPdf(bytes: Uint8Array, name: string): PdfFacts {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/mu.exec(info);
  // pdffonts: two header lines, then one font a line; "emb" is the third-last yes/no column.
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/u);
      return { embedded: cols.at(-5) === 'yes' };
    });
  return {
    pages,
    width: Math.round(Number(size?.[1])),
    height: Math.round(Number(size?.[2])),
    fonts,
  };
}

/** A1 landscape in points: 841 × 594 mm × 72 / 25.4. */
const A1 = { width: 2384, height: 1684 };

describe('作战图 wall chart on one A1 sheet', () => {
  it("prints the Yiwu plan's chart as one A1 page with its Chinese fonts embedded", async () => {
    const res = await t.server.request(`/api/plans/${PLAN}/battlemap.pdf?as_of=2026-03-01`);
    expect(res.status).toBe(200);
    const pdf = readPdf(new Uint8Array(await res.arrayBuffer()), 'yiwu.pdf');
    expect(pdf.pages).toBe(1);
    expect({ width: pdf.width, height: pdf.height }).toEqual(A1);
    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
    const text = execFileSync('pdftotext', [join(dir, 'yiwu.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('义乌市“十四五”规划作战图');
  }, 120_000);

  it('shoots the PNG as exactly one A1 sheet at 96 dpi', async () => {
    const res = await t.server.request(`/api/plans/${PLAN}/battlemap.png?as_of=2026-03-01`);
    expect(res.status).toBe(200);
    const png = new Uint8Array(await res.arrayBuffer());
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect({ width: view.getUint32(16), height: view.getUint32(20) }).toEqual({
      width: 3179,
      height: 2245,
    });
  }, 120_000);

  it('shrinks a large plan (60 units × 40 quarters) onto one A1 page, the last row included', async () => {
    const template = (await (
      await t.server.request(`/api/plans/${PLAN}/battlemap?as_of=2026-03-01`)
    ).json()) as BattleMap;
    const columns: BattleMapColumn[] = [];
    for (let year = 2021; year <= 2030; year += 1) {
      for (const quarter of [1, 2, 3, 4] as const) {
        columns.push({ year, quarter, label: { zh: `${year}年`, en: `${year} Q${quarter}` } });
      }
    }
    const entry = (unit: number, n: number): BattleMapEntry => ({
      item_id: `u${unit}-${n}`,
      kind: n % 3 === 0 ? 'milestone' : 'target',
      label: `第${unit}单位重点任务指标${n}`,
      target: `≥${n * 10}亿元（2030年）`,
      status: n % 5 === 0 ? 'missed' : 'no-data',
      status_label: { zh: '暂无数据', en: 'No data' },
    });
    const rows = Array.from({ length: 60 }, (_, unit) => ({
      name: `义乌市第${unit + 1}责任单位（牵头）`,
      // A few entries in every year's last quarter, a crowd in the plan's last.
      cells: columns.map((column, i) => {
        const count = i === columns.length - 1 ? 10 : column.quarter === 4 || i % 5 === 0 ? 1 : 0;
        return Array.from({ length: count }, (_, n) => entry(unit + 1, n + 1));
      }),
    }));
    rows.push({ name: '最后一个单位', cells: columns.map(() => [entry(61, 1)]) });
    const map: BattleMap = { ...template, axis: 'unit', columns, rows };
    const bytes = await renderWallChart(battleMapHtml(map, 'zh'), 'pdf');
    const pdf = readPdf(bytes, 'large.pdf');
    expect(pdf.pages).toBe(1);
    expect({ width: pdf.width, height: pdf.height }).toEqual(A1);
    // Shrunk, not cut: the last unit's row is on the page. (Kept to some 1,600 chips: in a
    // far larger chart poppler stops extracting Chromium's Type 3 text, though it is drawn.)
    const text = execFileSync('pdftotext', [join(dir, 'large.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('最后一个单位');
  }, 180_000);
});
