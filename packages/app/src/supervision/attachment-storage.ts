import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { LantuError } from '@lantu/core';

/** Where attachment bytes live. Local disk by default; an object store would implement the same. */
export interface AttachmentStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  delete(key: string): Promise<void>;
}

/** Attachments as files under `root` (default `.data/attachments`). */
export function localDiskStorage(root: string): AttachmentStorage {
  const base = resolve(root);
  const pathOf = (key: string): string => {
    const path = resolve(join(base, key));
    // Keys are made by the app, but a key must never name a file outside the root.
    if (!path.startsWith(base + sep))
      throw new LantuError('INPUT_INVALID', `bad storage key ${key}`);
    return path;
  };
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        throw new LantuError('NOT_FOUND', `附件文件不存在 (attachment bytes missing: ${key})`, {
          cause: error,
        });
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
