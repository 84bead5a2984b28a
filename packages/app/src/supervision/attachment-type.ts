import { extname } from 'node:path';
import { LantuError } from '@lantu/core';
import { fileTypeFromBuffer } from 'file-type';

/** The evidence a report may carry, by file extension, with the media type it must really be. */
const ACCEPTED: Readonly<Record<string, readonly string[]>> = {
  '.pdf': ['application/pdf'],
  '.docx': [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/zip',
  ],
  '.xlsx': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip'],
  '.png': ['image/png'],
  '.jpg': ['image/jpeg'],
  '.jpeg': ['image/jpeg'],
  '.gif': ['image/gif'],
  '.webp': ['image/webp'],
};

/** Default largest attachment: 20 MB. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/**
 * The media type of an attachment, checked by its extension and its content (a renamed
 * .exe is refused): PDF, DOCX, XLSX and images only, at most `maxBytes`. FILE_TOO_LARGE or
 * UNSUPPORTED_FORMAT with a message in Chinese and English; nothing is stored.
 */
export async function attachmentType(
  fileName: string,
  bytes: Uint8Array,
  maxBytes: number,
): Promise<string> {
  if (bytes.byteLength > maxBytes) {
    const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    throw new LantuError(
      'FILE_TOO_LARGE',
      `附件“${fileName}”为${mb(bytes.byteLength)}，超过上限${mb(maxBytes)} (attachment too large)`,
    );
  }
  const allowed = ACCEPTED[extname(fileName).toLowerCase()];
  const detected = await fileTypeFromBuffer(bytes);
  if (allowed === undefined || detected === undefined || !allowed.includes(detected.mime)) {
    throw new LantuError(
      'UNSUPPORTED_FORMAT',
      `附件“${fileName}”类型不支持：只接受 PDF、DOCX、XLSX 和图片 (only PDF, DOCX, XLSX and images are accepted)`,
    );
  }
  return allowed[0] ?? detected.mime;
}
