// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, every
// cell neutralised against formula injection. A UTF-8 byte order mark makes spreadsheet programs
// read Arabic, Cyrillic and accented names as UTF-8 instead of the local code page.
import { safeCell } from './safeCells';
import type { Table } from './table';

const BOM = '\uFEFF';

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: readonly unknown[]): string {
  return cells.map((c) => csvField(safeCell(c as string | number | null))).join(',') + '\r\n';
}

export function tableToCsv(table: Table): Buffer {
  const parts: string[] = [BOM, csvLine(table.header)];
  if (table.hxl) parts.push(csvLine(table.hxl));
  for (const row of table.rows) parts.push(csvLine(row));
  return Buffer.from(parts.join(''), 'utf8');
}
