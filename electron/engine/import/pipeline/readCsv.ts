// Delimited text (CSV, TSV, semicolon- or pipe-separated): decoded once, the delimiter sniffed from
// the head of the file, then streamed through papaparse row by row.
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { MusterError } from '../../../../shared/errors';
import type { DecodedText } from '../decode';
import type { CellInput } from '../normalise/result';
import {
  cleanHeaders,
  MAX_COLUMNS,
  raggedReason,
  REPEATED_HEADER,
  repeatsHeader,
  type Table,
  type TableRow,
} from './table';

const DELIMITERS = [',', '\t', ';', '|'];
const SNIFF_CHARS = 64 * 1024;
/** papaparse gets the text in slices this long: memory stays flat however long the file. */
const FEED_CHARS = 1024 * 1024;

function sniffDelimiter(text: string, fileName: string): string {
  if (/\.tsv$/i.test(fileName)) return '\t';
  const sample = text.slice(0, SNIFF_CHARS);
  const guess = Papa.parse<string[]>(sample, { preview: 50, delimitersToGuess: DELIMITERS });
  return guess.meta.delimiter || ',';
}

function firstRecord(text: string, delimiter: string): string[] {
  const head = Papa.parse<string[]>(text.slice(0, SNIFF_CHARS * 16), { delimiter, preview: 1 });
  return head.data[0] ?? [];
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return Math.max(1, lines);
}

function* slices(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += FEED_CHARS) yield text.slice(i, i + FEED_CHARS);
}

export function delimitedTable(decoded: DecodedText, fileName: string): Table {
  const text = decoded.text;
  if (text.trim().length === 0) throw new MusterError('INVALID_INPUT', 'The file is empty.');
  const delimiter = sniffDelimiter(text, fileName);
  const headerCells = firstRecord(text, delimiter);
  if (headerCells.length > MAX_COLUMNS) {
    throw new MusterError(
      'INVALID_INPUT',
      `The file has ${headerCells.length.toLocaleString('en')} columns; Muster reads ${MAX_COLUMNS.toLocaleString('en')} at most.`,
    );
  }
  const headers = cleanHeaders(headerCells);

  return {
    fileName,
    format: 'csv',
    encoding: decoded.encoding,
    delimiter,
    sheets: null,
    sheet: null,
    headers,
    totalRows: null,
    estimatedRows: countLines(text),
    async *rows(): AsyncGenerator<TableRow> {
      const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter, skipEmptyLines: true });
      Readable.from(slices(text)).pipe(parser);
      let row = 0;
      for await (const record of parser as AsyncIterable<string[]>) {
        row++;
        if (row === 1) continue;
        yield checkRow(row, record, headers);
      }
    },
  };
}

function checkRow(row: number, cells: string[], headers: readonly string[]): TableRow {
  if (repeatsHeader(cells, headers)) return { row, cells: [], rejectReason: REPEATED_HEADER };
  if (cells.length !== headers.length) {
    // A trailing delimiter ("a,b,c,") adds an empty cell, which shifts nothing.
    const extra = cells.slice(headers.length);
    const shifted = cells.length < headers.length || extra.some((c) => c.trim().length > 0);
    if (shifted) return { row, cells: [], rejectReason: raggedReason(cells.length, headers.length) };
    return { row, cells: cells.slice(0, headers.length) as CellInput[] };
  }
  return { row, cells };
}
