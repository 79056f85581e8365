// XLSX through exceljs's streaming writer (rows committed as they come: several times faster and
// lighter than building the whole workbook for 100k rows). Cells are written as text or numbers,
// never as formulas; text is still neutralised because partners often save a sheet back to CSV,
// where a formula would come alive.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { safeCell } from './safeCells';
import type { Table } from './table';

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}

export async function tableToXlsx(table: Table): Promise<Buffer> {
  const sink = new PassThrough();
  const parts: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => parts.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  // Shared strings would keep every distinct name in memory and in one big part; inline is leaner.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: false,
    useStyles: true,
  });
  book.creator = 'Muster';
  const sheet = book.addWorksheet(sheetName(table.title), {
    views: [{ state: 'frozen', ySplit: table.hxl ? 2 : 1 }],
  });
  const header = sheet.addRow(table.header.map((h) => safeCell(h)));
  header.font = { bold: true };
  header.commit();
  if (table.hxl) sheet.addRow(table.hxl.map((h) => safeCell(h))).commit();
  for (const row of table.rows) {
    sheet.addRow(row.map((c) => (typeof c === 'number' ? c : safeCell(c)))).commit();
  }
  sheet.commit();
  await book.commit();
  await ended;
  return Buffer.concat(parts);
}
