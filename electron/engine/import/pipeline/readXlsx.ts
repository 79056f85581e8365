// Excel workbooks (.xlsx). The officer chooses the sheet; hidden sheets are listed but never chosen
// by default. A merged range keeps its value in its top-left cell only (Excel does the same), and
// the rows it spans say so. Formula cells give their last computed value, as the officer saw it.
import ExcelJS from 'exceljs';
import { MusterError } from '../../../../shared/errors';
import type { CellInput } from '../normalise/result';
import {
  cleanHeaders,
  MAX_COLUMNS,
  REPEATED_HEADER,
  repeatsHeader,
  type Table,
  type TableRow,
} from './table';

const MERGED_NOTE = 'Merged cells: the value is kept in the top-left cell of the merged range only.';

function cellInput(value: ExcelJS.CellValue): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('error' in value) return null;
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      return typeof result === 'object' && !(result instanceof Date) ? null : (result as CellInput);
    }
    if ('text' in value && typeof value.text === 'string') return value.text;
  }
  return null;
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new MusterError('INVALID_INPUT', 'This file is not a readable .xlsx workbook.');
  }
  return workbook;
}

export async function workbookTable(bytes: Buffer, fileName: string, wanted?: string): Promise<Table> {
  const workbook = await loadWorkbook(bytes);
  const sheets = workbook.worksheets.map((ws) => ({ name: ws.name, hidden: ws.state !== 'visible' }));
  if (sheets.length === 0) throw new MusterError('INVALID_INPUT', 'The workbook has no sheets.');
  let sheet: ExcelJS.Worksheet | undefined;
  if (wanted !== undefined) {
    sheet = workbook.worksheets.find((ws) => ws.name === wanted);
    if (!sheet) throw new MusterError('INVALID_INPUT', 'The workbook has no sheet of that name.');
  } else {
    sheet = workbook.worksheets.find((ws) => ws.state === 'visible');
    if (!sheet) throw new MusterError('INVALID_INPUT', 'Every sheet of this workbook is hidden: choose one.');
  }
  const ws = sheet;
  if (ws.actualColumnCount > MAX_COLUMNS || ws.columnCount > MAX_COLUMNS) {
    throw new MusterError(
      'INVALID_INPUT',
      `The sheet has more than ${MAX_COLUMNS.toLocaleString('en')} columns.`,
    );
  }
  const width = ws.columnCount;
  const readRow = (r: ExcelJS.Row): { cells: CellInput[]; merged: boolean } => {
    const cells: CellInput[] = new Array<CellInput>(width).fill(null);
    let merged = false;
    for (let c = 1; c <= width; c++) {
      const cell = r.getCell(c);
      if (cell.isMerged && cell.master.address !== cell.address) {
        merged = true;
        continue;
      }
      cells[c - 1] = cellInput(cell.value);
      if (cell.isMerged) merged = true;
    }
    return { cells, merged };
  };

  // The header is the first row holding anything.
  let headerRow = 0;
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getRow(r).hasValues) {
      headerRow = r;
      break;
    }
  }
  if (headerRow === 0) throw new MusterError('INVALID_INPUT', 'The sheet is empty.');
  const rawHeaders = readRow(ws.getRow(headerRow)).cells;
  let last = rawHeaders.length;
  while (last > 0 && (rawHeaders[last - 1] === null || rawHeaders[last - 1] === '')) last--;
  const headers = cleanHeaders(rawHeaders.slice(0, last));
  const lastRow = ws.rowCount;

  return {
    fileName,
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    sheets,
    sheet: ws.name,
    headers,
    totalRows: Math.max(0, ws.actualRowCount - 1),
    estimatedRows: Math.max(0, ws.actualRowCount - 1),
    async *rows(): AsyncGenerator<TableRow> {
      for (let r = headerRow + 1; r <= lastRow; r++) {
        const row = ws.getRow(r);
        if (!row.hasValues) continue;
        const { cells, merged } = readRow(row);
        const extra = cells.slice(headers.length).some((c) => c !== null && c !== '');
        const kept = cells.slice(0, headers.length);
        if (repeatsHeader(kept, headers)) {
          yield { row: r, cells: [], rejectReason: REPEATED_HEADER };
          continue;
        }
        const notes = merged ? [MERGED_NOTE] : undefined;
        if (extra) {
          yield {
            row: r,
            cells: [],
            rejectReason: 'This row has values beyond the last named column: its columns may have shifted.',
          };
          continue;
        }
        yield notes ? { row: r, cells: kept, notes } : { row: r, cells: kept };
      }
    },
  };
}
