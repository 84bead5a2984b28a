import type { ErrorCode } from '@lantu/core';
import type { Language } from './request-language.js';

/** The codes whose messages come from reading a file, where libraries put their internals. */
const FILE_CODES: ReadonlySet<ErrorCode> = new Set([
  'FILE_UNREADABLE',
  'FILE_TOO_COMPLEX',
  'FILE_EMPTY',
]);

/** Readers start their messages with the file's name: `规划.docx: not a readable …`. */
const NAMED = /^([^\n:：]{1,255}\.[A-Za-z0-9]{1,8})\s*[:：]/u;

/**
 * What a person is told when a file they sent cannot be read: what is wrong with *their*
 * file and what to do, in their language, never the library's words ("Bug : uncompressed
 * data size mismatch", "Maximum call stack size exceeded"), which go to the log. Null for
 * codes whose messages are already written for people.
 */
export function fileErrorMessage(
  code: ErrorCode,
  message: string,
  language: Language,
): string | null {
  if (!FILE_CODES.has(code)) return null;
  const name = NAMED.exec(message)?.[1];
  const zhFile = name === undefined ? '该文件' : `文件“${name}”`;
  const enFile = name === undefined ? 'The file' : `The file "${name}"`;
  if (/password|encrypted/iu.test(message)) {
    return language === 'zh'
      ? `${zhFile}有密码保护，无法读取。请去掉密码后重新上传。`
      : `${enFile} is protected by a password. Remove the password and upload it again.`;
  }
  if (code === 'FILE_EMPTY') {
    return language === 'zh'
      ? `${zhFile}是空的，没有可读的文字。`
      : `${enFile} is empty: it holds no text to read.`;
  }
  if (code === 'FILE_TOO_COMPLEX') {
    return language === 'zh'
      ? `${zhFile}结构过于复杂（嵌套过深，或解压后过大），无法安全读取。请另存为普通格式或拆分后再上传。`
      : `${enFile} is too complex to read safely (nested too deep, or too large once unpacked). Save it in a plain format, or split it, and upload again.`;
  }
  return language === 'zh'
    ? `${zhFile}无法读取：文件已损坏，或内容与扩展名不符。请用原软件重新另存后再上传。`
    : `${enFile} could not be read: it is damaged, or not what its extension says. Save it again from its program and upload it again.`;
}
