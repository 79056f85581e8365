// Formula injection: cells a spreadsheet would run are neutralised, phone numbers and numbers are not.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../../electron/engine/exports/csvWriter';
import { safeCell } from '../../../electron/engine/exports/safeCells';
import { tableToXlsx } from '../../../electron/engine/exports/xlsxWriter';

const DANGEROUS = [
  '=HYPERLINK("http://x","y")',
  '+cmd|/C calc!A0',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1',
  '\r=1',
  '+',
  '-',
];

describe('safeCell', () => {
  it.each(DANGEROUS)('neutralises %j with a leading apostrophe', (text) => {
    expect(safeCell(text)).toBe(`'${text}`);
  });

  it.each(['+9613123456', '+14155550123', '-12', '-3.5', '+7', '-1e3', '42', 'Maria', 'a=b', ''])(
    'keeps %j as it is',
    (text) => {
      expect(safeCell(text)).toBe(text);
    },
  );

  it('does not mistake a phone-like formula for a phone', () => {
    expect(safeCell('+9613123456+1')).toBe("'+9613123456+1");
    expect(safeCell('+961 3 123 456')).toBe("'+961 3 123 456");
  });

  it('writes numbers and empty cells plainly', () => {
    expect(safeCell(-4)).toBe('-4');
    expect(safeCell(null)).toBe('');
  });
});

const table = {
  title: 'T',
  header: ['name', 'phone', 'delta'],
  rows: [
    ['=1+1', '+9613123456', '-5'],
    ['Ali, "the" son\nof Omar', '-', -7],
  ],
};

describe('writers', () => {
  it('CSV: quoted as RFC 4180, neutralised, phones intact, with a UTF-8 BOM', () => {
    const text = tableToCsv(table).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { newline: '\r\n' }).data;
    expect(rows).toEqual([
      ['name', 'phone', 'delta'],
      ["'=1+1", '+9613123456', '-5'],
      ['Ali, "the" son\nof Omar', "'-", '-7'],
    ]);
  });

  it('XLSX: no cell is a formula, text is neutralised, numbers stay numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await tableToXlsx(table)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe("'=1+1");
    expect(sheet.getCell('B2').value).toBe('+9613123456');
    expect(sheet.getCell('C3').value).toBe(-7);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
