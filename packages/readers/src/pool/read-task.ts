import { isLantuError, readDocument } from '@lantu/core';
import type { DocumentMeta, ErrorCode, ReadText, Reading } from '@lantu/core';
import { readDocumentFile } from '../read-file.js';
import type { ReadLimits } from '../read-limits.js';

/** One file to read in a worker; with `meta`, the worker also does core's reading. */
export interface ReadTask {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly limits: ReadLimits;
  readonly meta?: DocumentMeta;
}

/**
 * What comes back from a worker. Errors travel as data: a LantuError thrown in a worker
 * would arrive as a plain Error (structured clone drops the class and its code).
 */
export type ReadOutcome =
  | { readonly ok: true; readonly read: ReadText; readonly reading?: Reading }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

/** Metadata given by the caller wins field by field over a title the file itself carries. */
function mergedMeta(title: string | undefined, meta: DocumentMeta): DocumentMeta {
  const defined = (m: DocumentMeta): DocumentMeta =>
    Object.fromEntries(Object.entries(m).filter(([, value]) => value !== undefined));
  return { ...defined({ title }), ...defined(meta) };
}

/** Reads one file (and, asked to, understands it); never throws. */
export async function runReadTask(task: ReadTask): Promise<ReadOutcome> {
  try {
    const read = await readDocumentFile(task.bytes, task.fileName, task.limits);
    if (task.meta === undefined) return { ok: true, read };
    const reading = readDocument({ text: read.text, meta: mergedMeta(read.title, task.meta) });
    return { ok: true, read, reading };
  } catch (error) {
    if (isLantuError(error)) return { ok: false, code: error.code, message: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    // A format library failing on hostile bytes: the file's fault, said as such.
    return {
      ok: false,
      code: 'FILE_UNREADABLE',
      message: `${task.fileName}: 文件无法读取 / the file could not be read (${detail})`,
    };
  }
}
