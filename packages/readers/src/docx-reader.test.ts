import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadText } from '@lantu/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compact, REPORT_PATH, reportText } from '../test/fixtures.js';
import {
  createWorkspace,
  DOCX,
  HTML_FILTER,
  UTF8_TEXT_FILTER,
  type Workspace,
} from '../test/libreoffice.js';
import { docxReader } from './docx-reader.js';

/** A styled document: real Heading 1/2 paragraphs, a bullet list and a data table. */
const STYLED_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>
<h1>一图读懂2026义乌市政府工作报告</h1>
<h2>2025年主要工作</h2>
<p>全市生产总值2693.3亿元，增长7.9%。</p>
<ul><li>出口7307亿元</li><li>进口1058亿元</li></ul>
<table><tr><td>指标</td><td>2025年</td></tr><tr><td>生产总值（亿元）</td><td>2693.3</td></tr></table>
<p>到2030年，地区生产总值突破3800亿元。</p>
</body></html>`;

let workspace: Workspace;
let report: ReadText;
let styled: ReadText;

beforeAll(async () => {
  workspace = await createWorkspace();
  const reportTxt = join(workspace.dir, 'report.txt');
  await copyFile(REPORT_PATH, reportTxt);
  const reportDocx = await workspace.convert(reportTxt, DOCX, UTF8_TEXT_FILTER);
  report = await docxReader.read(new Uint8Array(await readFile(reportDocx)), 'report.docx');

  const styledHtml = join(workspace.dir, 'styled.html');
  await writeFile(styledHtml, STYLED_HTML);
  const styledDocx = await workspace.convert(styledHtml, DOCX, HTML_FILTER);
  styled = await docxReader.read(new Uint8Array(await readFile(styledDocx)), 'styled.docx');
}, 180_000);

afterAll(async () => {
  await workspace?.dispose();
});

describe('docxReader on LibreOffice DOCX files', () => {
  it('reads the whole report', () => {
    expect(report.format).toBe('docx');
    const text = compact(report.text);
    expect(text).toContain('全市生产总值2693.3亿元，增长7.9%');
    expect(text).toContain('地区生产总值突破3800亿元');
    // Nothing lost or added: the same characters as the source, bar whitespace.
    expect(text).toBe(compact(reportText()));
  });

  it('gives one ordered, numbered segment per paragraph, each a single line', () => {
    const sourceParagraphs = reportText()
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(report.segments).toHaveLength(sourceParagraphs.length);
    report.segments.forEach((segment, index) => {
      expect(segment.paragraph).toBe(index + 1);
      expect(segment.page).toBeUndefined();
      const slice = report.text.slice(segment.start, segment.end);
      expect(slice).not.toContain('\n');
      expect(compact(slice)).toBe(compact(sourceParagraphs[index] ?? ''));
      if (index > 0) expect(segment.start).toBe((report.segments[index - 1]?.end ?? 0) + 1);
    });
    expect(report.segments.at(-1)?.end).toBe(report.text.length);
  });

  it('turns Heading styles into Markdown headings, lists into bullets, table rows into lines', () => {
    expect(styled.text.split('\n')).toEqual([
      '# 一图读懂2026义乌市政府工作报告',
      '## 2025年主要工作',
      '全市生产总值2693.3亿元，增长7.9%。',
      '- 出口7307亿元',
      '- 进口1058亿元',
      '指标 2025年',
      '生产总值（亿元） 2693.3',
      '到2030年，地区生产总值突破3800亿元。',
    ]);
    expect(styled.title).toBeUndefined();
  });

  it('refuses bytes that are not a DOCX as FILE_UNREADABLE', async () => {
    const notZip = new TextEncoder().encode('{\\rtf1 这其实是RTF}');
    await expect(docxReader.read(notZip, 'fake.docx')).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringMatching(/fake\.docx.*not a DOCX/) as unknown,
    });
  });
});
