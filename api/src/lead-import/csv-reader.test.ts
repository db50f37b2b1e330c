import { ApiError } from '../common/envelope';
import { readCsv } from './csv-reader';

describe('readCsv', () => {
  it('numbers rows by the file line they start on, across blank lines, CRLF and quoted line breaks', () => {
    const file = readCsv('\ufefffirstName,notes\r\nAsha,"two\r\nlines"\r\n\r\n,\r\nRavi,"a, b"\r\n', 10);
    expect(file.header).toEqual(['firstName', 'notes']);
    expect(file.rows).toEqual([
      { line: 2, cells: ['Asha', 'two\nlines'] },
      { line: 6, cells: ['Ravi', 'a, b'] },
    ]);
    expect(file.overLimit).toBe(false);
  });

  it('stops one row past the limit and says so', () => {
    const file = readCsv('a\n1\n2\n3\n4\n', 2);
    expect(file.rows.map((r) => r.cells[0])).toEqual(['1', '2']);
    expect(file.overLimit).toBe(true);
  });

  it('refuses an empty file and broken quoting with 422', () => {
    for (const text of ['', '\n\n', 'a,b\n1,"2\n']) {
      expect(() => readCsv(text, 10)).toThrow(ApiError);
      try {
        readCsv(text, 10);
      } catch (error) {
        expect((error as ApiError).getStatus()).toBe(422);
      }
    }
  });
});
