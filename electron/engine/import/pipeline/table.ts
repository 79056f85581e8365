// What every file reader hands the pipeline: the header row, then the data rows one at a time,
// whatever the format (CSV, XLSX, JSON), so the normalising and the accounting are written once.
import type { CellInput } from '../normalise/result';

export type TableFormat = 'csv' | 'xlsx' | 'json';

export interface TableRow {
  /** 1-based number as the officer finds it in the file: the header is row 1 in a CSV or sheet. */
  row: number;
  cells: CellInput[];
  /** The row cannot be imported: why (never quoting a cell). */
  rejectReason?: string;
  /** The row is read, but something about it is worth saying (merged cells). */
  notes?: string[];
}

export interface Table {
  fileName: string;
  format: TableFormat;
  encoding: string | null;
  delimiter: string | null;
  sheets: Array<{ name: string; hidden: boolean }> | null;
  sheet: string | null;
  headers: string[];
  /** Data rows, when known before reading them all (JSON, an in-memory workbook, a CSV). */
  totalRows: number | null;
  /** An upper bound on the data rows (lines of a CSV), for progress while reading. */
  estimatedRows: number;
  rows(): AsyncIterable<TableRow>;
}

/** Headers as the mapping refers to them: trimmed, and an empty one named by its position. */
export function cleanHeaders(raw: readonly unknown[]): string[] {
  return raw.map((h, i) => {
    const text = h === null || h === undefined ? '' : String(h).trim();
    return text.length > 0 ? text.slice(0, 500) : `Column ${i + 1}`;
  });
}

/** A data row that repeats the header row (files glued together, or an export with page headers). */
export function repeatsHeader(cells: readonly CellInput[], headers: readonly string[]): boolean {
  if (cells.length !== headers.length || headers.length < 2) return false;
  return headers.every((h, i) => {
    const c = cells[i];
    return typeof c === 'string' && c.trim() === h;
  });
}

export const REPEATED_HEADER = 'This row repeats the header row.';

export function raggedReason(cells: number, headers: number): string {
  return `This row has ${cells} cell(s) where the header has ${headers}: its columns may have shifted.`;
}

/** Columns past this many are refused: no roster has them, and each one costs memory per row. */
export const MAX_COLUMNS = 10_000;
