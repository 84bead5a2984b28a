import { Inflate, unzipSync } from 'fflate';
import { LantuError } from '@lantu/core';
import type { ReadLimits } from './read-limits.js';

const MB = 1024 * 1024;

function tooComplex(fileName: string, detail: string): LantuError {
  return new LantuError(
    'FILE_TOO_COMPLEX',
    `${fileName}: 文件解压后过大，拒绝读取（${detail}）/ the file inflates beyond the reading limit (${detail})`,
  );
}

/**
 * Checks a DOCX/XLSX zip container before mammoth/exceljs open it: entry count and each
 * entry's declared size from the central directory, then the ACTUAL inflated size by
 * streaming every entry through fflate's inflater, stopping the moment a limit is passed
 * (a header can lie; inflating never goes past the limit, so memory stays bounded).
 * Bytes that are no zip at all are left for the format reader to reject in its own words.
 */
export function checkZipLimits(bytes: Uint8Array, fileName: string, limits: ReadLimits): void {
  let entries = 0;
  let declaredTotal = 0;
  const compressed: { name: string; data: Uint8Array; method: number }[] = [];
  try {
    // The filter sees every central-directory entry; returning false means fflate keeps none,
    // so nothing is inflated here. We record what to inflate ourselves, bounded.
    unzipSync(bytes, {
      filter(file) {
        entries += 1;
        if (entries > limits.maxZipEntries) {
          throw tooComplex(fileName, `more than ${limits.maxZipEntries} zip entries`);
        }
        if (file.originalSize > limits.maxZipEntryBytes) {
          throw tooComplex(
            fileName,
            `${file.name} declares ${Math.round(file.originalSize / MB)} MB; limit ${limits.maxZipEntryBytes / MB} MB`,
          );
        }
        declaredTotal += file.originalSize;
        if (declaredTotal > limits.maxZipTotalBytes) {
          throw tooComplex(fileName, `declared total over ${limits.maxZipTotalBytes / MB} MB`);
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof LantuError) throw error;
    return; // not a zip: the format reader reports it
  }
  // Second pass: actual inflated sizes, found by walking local headers from the central dir.
  for (const entry of localEntries(bytes)) compressed.push(entry);
  let actualTotal = 0;
  for (const entry of compressed) {
    if (entry.method === 0) {
      actualTotal += entry.data.byteLength;
    } else if (entry.method === 8) {
      let entrySize = 0;
      const inflater = new Inflate((chunk) => {
        entrySize += chunk.byteLength;
        actualTotal += chunk.byteLength;
        if (entrySize > limits.maxZipEntryBytes) {
          throw tooComplex(
            fileName,
            `${entry.name} inflates past ${limits.maxZipEntryBytes / MB} MB`,
          );
        }
        if (actualTotal > limits.maxZipTotalBytes) {
          throw tooComplex(fileName, `inflates past ${limits.maxZipTotalBytes / MB} MB in total`);
        }
      });
      // Feed in slices so the inflater's output chunks (and our checks) stay small.
      const SLICE = 16 * 1024;
      try {
        for (let offset = 0; offset < entry.data.byteLength; offset += SLICE) {
          const end = Math.min(offset + SLICE, entry.data.byteLength);
          inflater.push(entry.data.subarray(offset, end), end === entry.data.byteLength);
        }
      } catch (error) {
        if (error instanceof LantuError) throw error;
        return; // corrupt deflate data: the format reader reports it
      }
    }
    if (actualTotal > limits.maxZipTotalBytes) {
      throw tooComplex(fileName, `inflates past ${limits.maxZipTotalBytes / MB} MB in total`);
    }
  }
}

/** Every entry's compressed bytes and method, found through the central directory. */
function* localEntries(
  bytes: Uint8Array,
): Generator<{ name: string; data: Uint8Array; method: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50, searched backwards (comment ≤ 65535).
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65535); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return;
  const count = view.getUint16(eocd + 10, true);
  let cursor = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n += 1) {
    if (cursor + 46 > bytes.byteLength || view.getUint32(cursor, true) !== 0x02014b50) return;
    const method = view.getUint16(cursor + 10, true);
    const compressedSize = view.getUint32(cursor + 20, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    const localOffset = view.getUint32(cursor + 42, true);
    const name = decoder.decode(bytes.subarray(cursor + 46, cursor + 46 + nameLength));
    cursor += 46 + nameLength + extraLength + commentLength;
    if (localOffset + 30 > bytes.byteLength || view.getUint32(localOffset, true) !== 0x04034b50) {
      return;
    }
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    yield { name, method, data: bytes.subarray(dataStart, dataStart + compressedSize) };
  }
}
