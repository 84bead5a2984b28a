import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LantuError } from '@lantu/core';

const run = promisify(execFile);

/**
 * A DOCX turned into PDF by LibreOffice (`soffice --headless`), so the PDF is the same
 * document people open in Word or WPS. Each call uses its own profile folder: two
 * conversions at once would otherwise share (and lock) one.
 */
export async function docxToPdf(
  docx: Uint8Array,
  options: { readonly soffice?: string; readonly timeoutMs?: number } = {},
): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-report-'));
  try {
    const input = join(dir, 'report.docx');
    writeFileSync(input, docx);
    try {
      await run(
        options.soffice ?? 'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          input,
        ],
        { timeout: options.timeoutMs ?? 120_000 },
      );
    } catch (error) {
      throw new LantuError(
        'UNSUPPORTED_FORMAT',
        'PDF 报告需要 LibreOffice（soffice）；请安装 libreoffice-writer，或下载 Word 版本',
        { cause: error },
      );
    }
    return new Uint8Array(readFileSync(join(dir, 'report.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
