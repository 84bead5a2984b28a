import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { collectBytes } from './byte-stream.js';
import { xlsxChunks } from './xlsx-stream.js';

describe('xlsxChunks against formula injection', () => {
  it('stores formula-like text as neutralised text and negative numbers as numbers', async () => {
    const bytes = await collectBytes(xlsxChunks('s', ['a', 'b', 'c'], [['=1+1', -5, '+86 579']]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const row = workbook.getWorksheet('s')?.getRow(2);
    expect(row?.getCell(1).value).toBe("'=1+1");
    expect(row?.getCell(1).formula).toBeUndefined();
    expect(row?.getCell(2).value).toBe(-5);
    expect(row?.getCell(3).value).toBe("'+86 579");
  });
});
