import { describe, expect, it } from 'vitest';
import { encodeGbk, reportText } from '../test/fixtures.js';
import { readDocumentFile, readerFor, supportedExtensions } from './read-file.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readDocumentFile', () => {
  it('lists every supported extension once, lower case without a dot', () => {
    expect([...supportedExtensions].sort()).toEqual(
      ['docx', 'htm', 'html', 'markdown', 'md', 'pdf', 'txt'].sort(),
    );
  });

  it('chooses the reader by extension, case-insensitively, also from a path', async () => {
    expect((await readDocumentFile(utf8('# 标题\n\n正文'), '报告.MD')).format).toBe('markdown');
    expect((await readDocumentFile(utf8('正文'), 'C:\\docs\\plan.v2.TXT')).format).toBe('text');
    const html = await readDocumentFile(utf8('<title>题</title><p>正文</p>'), '/srv/page.HTM');
    expect(html).toMatchObject({ format: 'html', title: '题', text: '正文' });
    expect(readerFor('x.Docx')?.extensions).toContain('docx');
    expect(readerFor('x.pdf.bak')).toBeUndefined();
  });

  it('reads a GBK report through the text reader', async () => {
    const read = await readDocumentFile(encodeGbk(reportText()), 'gbk.txt');
    expect(read.text).toBe(reportText());
  });

  it('names the file and the supported extensions for an unknown format', async () => {
    const error = readDocumentFile(utf8('x'), 'budget.xlsx');
    await expect(error).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    await expect(error).rejects.toThrow(
      /budget\.xlsx.*\.xlsx.*supported: .*\.txt.*\.pdf.*\.docx.*\.html/,
    );
    await expect(readDocumentFile(utf8('x'), 'old.doc')).rejects.toThrow(/save it as \.docx/);
    await expect(readDocumentFile(utf8('x'), 'README')).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: expect.stringContaining('no file extension') as unknown,
    });
  });

  it('refuses a zero-byte file as FILE_EMPTY, whatever its format', async () => {
    for (const name of ['empty.txt', 'empty.pdf', 'empty.docx', 'empty.html']) {
      await expect(readDocumentFile(new Uint8Array(0), name)).rejects.toMatchObject({
        code: 'FILE_EMPTY',
        message: expect.stringContaining(name) as unknown,
      });
    }
  });

  it('refuses whitespace-only text and text-less HTML as FILE_EMPTY', async () => {
    await expect(readDocumentFile(utf8(' \n\u3000\r\n'), 'blank.txt')).rejects.toMatchObject({
      code: 'FILE_EMPTY',
      message: expect.stringContaining('blank.txt') as unknown,
    });
    const scriptOnly =
      '<html><head><title>空</title><script>var x = 1;</script></head><body> </body></html>';
    await expect(readDocumentFile(utf8(scriptOnly), 'blank.html')).rejects.toMatchObject({
      code: 'FILE_EMPTY',
    });
  });

  it('refuses corrupt PDF bytes as FILE_UNREADABLE', async () => {
    await expect(readDocumentFile(utf8('%PDF-1.4 garbage'), 'broken.pdf')).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringContaining('broken.pdf') as unknown,
    });
  });
});
