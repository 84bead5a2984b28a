import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadText } from '@lantu/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compact, newspaperSlice, REPORT_PATH, stripedPng } from '../test/fixtures.js';
import {
  createWorkspace,
  encryptedPdf,
  HTML_FILTER,
  PDF,
  UTF8_TEXT_FILTER,
  type Workspace,
} from '../test/libreoffice.js';
import { pdfReader } from './pdf-reader.js';

let workspace: Workspace;
let report: ReadText;
let reportBytes: Uint8Array;
let column: ReadText;
let encrypted: Uint8Array;
let scanned: Uint8Array;

beforeAll(async () => {
  workspace = await createWorkspace();
  const dir = workspace.dir;
  // Conversions run one after another: they share the workspace's LibreOffice profile.
  const reportTxt = join(dir, 'report.txt');
  await copyFile(REPORT_PATH, reportTxt);
  reportBytes = new Uint8Array(
    await readFile(await workspace.convert(reportTxt, PDF, UTF8_TEXT_FILTER)),
  );
  report = await pdfReader.read(reportBytes, 'report.pdf');

  const columnTxt = join(dir, 'column.txt');
  await writeFile(columnTxt, newspaperSlice());
  const columnPdf = await workspace.convert(columnTxt, PDF, UTF8_TEXT_FILTER);
  column = await pdfReader.read(new Uint8Array(await readFile(columnPdf)), 'column.pdf');

  const secretTxt = join(dir, 'secret.txt');
  await writeFile(secretTxt, '全市生产总值2693.3亿元\n');
  encrypted = new Uint8Array(
    await readFile(await workspace.convert(secretTxt, encryptedPdf('s3cret'), UTF8_TEXT_FILTER)),
  );

  // A page holding only a picture: what a scanner produces.
  await writeFile(join(dir, 'scan.png'), stripedPng());
  const scanHtml = join(dir, 'scan.html');
  await writeFile(
    scanHtml,
    '<html><body><p><img src="scan.png" width="400" height="200"></p></body></html>',
  );
  scanned = new Uint8Array(await readFile(await workspace.convert(scanHtml, PDF, HTML_FILTER)));
}, 180_000);

afterAll(async () => {
  await workspace?.dispose();
});

describe('pdfReader on LibreOffice PDFs', () => {
  it('reads the text layer of every page', () => {
    expect(report.format).toBe('pdf');
    const text = compact(report.text);
    expect(text).toContain('一图读懂2026义乌市政府工作报告');
    expect(text).toContain('全市生产总值2693.3亿元，增长7.9%');
    expect(text).toContain('地区生产总值突破3800亿元');
    // The report's last sentence is on the last page: nothing is lost at the end.
    expect(text).toContain('为高质量打造中国式现代化县域典范而努力奋斗！');
  });

  it('gives one segment per page, numbered from 1, in order and within the text', () => {
    expect(report.segments.length).toBeGreaterThanOrEqual(2);
    report.segments.forEach((segment, index) => {
      expect(segment.page).toBe(index + 1);
      expect(segment.paragraph).toBeUndefined();
      expect(segment.start).toBeLessThan(segment.end);
      expect(segment.end).toBeLessThanOrEqual(report.text.length);
      if (index > 0) {
        const previous = report.segments[index - 1];
        // Pages are separated by exactly one blank line.
        expect(report.text.slice(previous?.end, segment.start)).toBe('\n\n');
      }
    });
    expect(report.segments[0]?.start).toBe(0);
    expect(report.segments.at(-1)?.end).toBe(report.text.length);
  });

  it('puts the opening on page 1 and the closing on the last page', () => {
    const pageOf = (needle: string): number | undefined => {
      const at = report.text.indexOf(needle);
      return report.segments.find((s) => s.start <= at && at < s.end)?.page;
    };
    expect(pageOf('一图读懂')).toBe(1);
    expect(pageOf('骐骥驰骋')).toBe(report.segments.length);
  });

  it('keeps one visual line per text line and no blank lines inside a page', () => {
    const firstPage = report.text.slice(report.segments[0]?.start, report.segments[0]?.end);
    expect(firstPage).not.toMatch(/\n\s*\n/);
    expect(firstPage.split('\n')[0]).toMatch(/^# 一图读懂\s*2026\s*义乌市政府工作报告$/);
  });

  it('does not detach the caller’s bytes', () => {
    expect(reportBytes.byteLength).toBeGreaterThan(1000);
    expect(String.fromCharCode(...reportBytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('reads newspaper columns broken inside words', () => {
    expect(compact(column.text)).toContain('全市生产总值突破4000亿元，比2025年翻一番');
    expect(column.segments.length).toBeGreaterThanOrEqual(1);
    expect(column.segments[0]?.page).toBe(1);
  });

  it('refuses an encrypted PDF as FILE_UNREADABLE, saying it needs a password', async () => {
    await expect(pdfReader.read(encrypted, 'secret.pdf')).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringMatching(/secret\.pdf.*password/) as unknown,
    });
  });

  it('refuses an image-only (scanned) PDF as FILE_EMPTY, pointing to OCR', async () => {
    await expect(pdfReader.read(scanned, 'scan.pdf')).rejects.toMatchObject({
      code: 'FILE_EMPTY',
      message: expect.stringMatching(/scan\.pdf.*no text layer.*OCR/) as unknown,
    });
  });

  it('refuses corrupt bytes as FILE_UNREADABLE', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf\n%%EOF');
    await expect(pdfReader.read(junk, 'junk.pdf')).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringContaining('junk.pdf') as unknown,
    });
    await expect(
      pdfReader.read(new TextEncoder().encode('hello'), 'hello.pdf'),
    ).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
    });
  });
});
