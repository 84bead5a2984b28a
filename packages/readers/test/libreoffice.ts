/**
 * Makes real DOCX/PDF files for reader tests with LibreOffice (installed by
 * scripts/ensure-system-deps.sh). Tests fail, rather than skip, when it is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice import filter that reads a .txt as UTF-8 with LF line ends. */
export const UTF8_TEXT_FILTER = 'Text (encoded):UTF8,LF,,,';
/** Opens HTML in Writer proper (not Writer/Web), so it can be saved as DOCX or PDF. */
export const HTML_FILTER = 'HTML (StarWriter)';
export const DOCX = 'docx:MS Word 2007 XML';
export const PDF = 'pdf:writer_pdf_Export';

/** A PDF export that needs `password` to open. */
export function encryptedPdf(password: string): string {
  return `pdf:writer_pdf_Export:${JSON.stringify({
    EncryptFile: { type: 'boolean', value: 'true' },
    DocumentOpenPassword: { type: 'string', value: password },
  })}`;
}

/** A scratch directory with its own LibreOffice profile, so parallel test files never collide. */
export interface Workspace {
  readonly dir: string;
  /** Converts `input` to `target` (e.g. {@link PDF}); resolves to the output file's path. */
  convert(input: string, target: string, infilter?: string): Promise<string>;
  dispose(): Promise<void>;
}

export async function createWorkspace(): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'lantu-readers-'));
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  return {
    dir,
    async convert(input, target, infilter) {
      const outDir = join(dir, 'out');
      const args = [
        `-env:UserInstallation=${profile}`,
        '--headless',
        ...(infilter === undefined ? [] : [`--infilter=${infilter}`]),
        '--convert-to',
        target,
        '--outdir',
        outDir,
        input,
      ];
      const extension = target.split(':')[0] ?? target;
      const output = join(outDir, `${basename(input, extname(input))}.${extension}`);
      let log: string;
      try {
        const { stdout, stderr } = await run('soffice', args, { timeout: 150_000 });
        log = stdout + stderr;
      } catch (error) {
        throw new Error(
          `LibreOffice (soffice) failed; run scripts/ensure-system-deps.sh to install it. ${String(error)}`,
          { cause: error },
        );
      }
      // soffice exits 0 even when it could not load the input; the output file is the proof.
      if (!existsSync(output)) throw new Error(`soffice produced no ${output}:\n${log}`);
      return output;
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
