/**
 * The golden test of the evaluation report on the Yiwu corpus: the DOCX is read back
 * (mammoth) and its table must list 全市生产总值 ≥2000 / 2693.3 / 已完成 and 快递业务量 未完成,
 * each with its source; LibreOffice turns it into a PDF to show it renders.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLantu, type LantuApp, type PlanEvaluation } from '@lantu/app';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToPdf, planReportDocx } from '../src/index.js';
import { yiwuInputs } from './yiwu-inputs.js';

let app: LantuApp;
let evaluation: PlanEvaluation;
let docx: Uint8Array;

beforeAll(async () => {
  app = await openLantu({ url: ':memory:', asOf: '2026-03-01' });
  await app.ingest(yiwuInputs(), { actor: 'test' });
  evaluation = await app.planEvaluation('cn-zj-jh-yw-2021-2025');
  docx = await planReportDocx(evaluation);
});
afterAll(async () => {
  await app.close();
});

async function docxHtml(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return value;
}

/** The table rows of the document as arrays of cell texts. */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/gsu)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[dh]>(.*?)<\/t[dh]>/gsu)].map((c) =>
      (c[1] ?? '').replace(/<[^>]+>/gu, '').trim(),
    ),
  );
}

describe('规划实施情况评估报告 (DOCX)', () => {
  it('opens as a Word document with the title, the overall judgement and the method', async () => {
    const html = await docxHtml(docx);
    expect(html).toContain('义乌市“十四五”规划实施情况评估报告');
    expect(html).toContain('一、总体评价');
    expect(html).toContain('完成率（已完成÷可评价）为75.0%');
    expect(html).toContain('附录：评价方法');
    expect(html).toContain('（三）按责任单位');
  });

  it('lists 全市生产总值 ≥2000亿元, 2693.3, 已完成 and 快递业务量 未完成 with their sources', async () => {
    const rows = tableRows(await docxHtml(docx));
    expect(rows[0]).toEqual([
      '序号',
      '指标',
      '单位',
      '基期值',
      '目标值',
      '实际值',
      '完成情况',
      '说明',
      '出处',
    ]);
    const gdp = rows.find((r) => r[1]?.includes('生产总值') && r[4]?.startsWith('≥2000'));
    expect(gdp?.slice(2, 7)).toEqual(['亿元', '', '≥2000（2025年）', '2693.3（2025年）', '已完成']);
    expect(gdp?.[8]).toContain('达到2000亿元以上');
    expect(gdp?.[8]).toContain('2026义乌市政府工作报告');
    const express = rows.find((r) => r[1]?.includes('快递') && r[6] === '未完成');
    expect(express?.[5]).toContain('第2位');
    expect(express?.[8]).toContain('目标：《');
  });

  it('names each field by its whole title, not cut where the print broke the line', async () => {
    const html = await docxHtml(docx);
    expect(html).toContain(
      '九、打好高铁义乌站为关键的交通牌，构建三大交通走廊交汇中心，打造全国性综合交通枢纽',
    );
    expect(html).not.toMatch(/九、打好高铁义乌站为关键的交(?!通)/u);
  });

  it('renders to PDF through LibreOffice, text intact', async () => {
    const pdf = await docxToPdf(docx);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'lantu-report-test-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('主要指标完成情况');
    expect(text).toContain('2693.3');
  }, 120_000);
});
