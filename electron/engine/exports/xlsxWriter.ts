// XLSX through exceljs. Cells are written as text or numbers, never as formulas; text is still
// neutralised because partners often save a sheet back to CSV, where a formula would come alive.
import ExcelJS from 'exceljs';
import { safeCell } from './safeCells';
import type { Table } from './table';

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}

export async function tableToXlsx(table: Table): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Muster';
  const sheet = book.addWorksheet(sheetName(table.title));
  sheet.addRow(table.header.map((h) => safeCell(h))).font = { bold: true };
  if (table.hxl) sheet.addRow(table.hxl.map((h) => safeCell(h)));
  for (const row of table.rows) {
    sheet.addRow(row.map((c) => (typeof c === 'number' ? c : safeCell(c))));
  }
  sheet.views = [{ state: 'frozen', ySplit: table.hxl ? 2 : 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
