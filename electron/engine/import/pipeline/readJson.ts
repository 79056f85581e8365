// JSON rosters: an array of objects, one per person. Nested objects ("contact": {"mobile": …})
// become dotted columns ("contact.mobile"), so they map like any other header.
import { MusterError } from '../../../../shared/errors';
import type { DecodedText } from '../decode';
import type { CellInput } from '../normalise/result';
import { MAX_COLUMNS, type Table, type TableRow } from './table';

const NOT_AN_ARRAY =
  'This JSON file is not an array of records: Muster reads [ {…}, {…} ], one object per person.';

type Flat = Map<string, CellInput>;

function flatten(value: unknown, prefix: string, out: Flat, depth: number): void {
  if (value === null || value === undefined) {
    out.set(prefix, null);
  } else if (Array.isArray(value)) {
    out.set(
      prefix,
      value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join('; '),
    );
  } else if (typeof value === 'object' && depth < 4) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
    }
  } else if (typeof value === 'object') {
    out.set(prefix, JSON.stringify(value));
  } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    out.set(prefix, value);
  } else {
    out.set(prefix, String(value));
  }
}

export function jsonTable(decoded: DecodedText, fileName: string): Table {
  if (decoded.text.trim().length === 0) throw new MusterError('INVALID_INPUT', 'The file is empty.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded.text);
  } catch {
    throw new MusterError('INVALID_INPUT', 'This file is not valid JSON.');
  }
  if (!Array.isArray(parsed)) throw new MusterError('INVALID_INPUT', NOT_AN_ARRAY);
  const records: Array<Flat | null> = parsed.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
    const flat: Flat = new Map();
    flatten(item, '', flat, 0);
    return flat;
  });
  if (records.length > 0 && records.every((r) => r === null))
    throw new MusterError('INVALID_INPUT', NOT_AN_ARRAY);
  // Headers in order of first appearance across all records.
  const index = new Map<string, number>();
  for (const r of records) {
    if (!r) continue;
    for (const key of r.keys()) if (!index.has(key)) index.set(key, index.size);
  }
  if (index.size > MAX_COLUMNS) {
    throw new MusterError(
      'INVALID_INPUT',
      `The records have more than ${MAX_COLUMNS.toLocaleString('en')} distinct keys.`,
    );
  }
  const headers = [...index.keys()].map((h) => h.slice(0, 500));

  return {
    fileName,
    format: 'json',
    encoding: decoded.encoding,
    delimiter: null,
    sheets: null,
    sheet: null,
    headers,
    totalRows: records.length,
    estimatedRows: records.length,
    async *rows(): AsyncGenerator<TableRow> {
      for (let i = 0; i < records.length; i++) {
        // Records count from 1, as an officer counts them in the file.
        const row = i + 1;
        const r = records[i];
        if (!r) {
          yield { row, cells: [], rejectReason: 'This entry is not an object with named fields.' };
          continue;
        }
        const cells: CellInput[] = new Array<CellInput>(headers.length).fill(null);
        for (const [key, value] of r) cells[index.get(key) as number] = value;
        records[i] = null; // what has been read need not stay in memory
        yield { row, cells };
      }
    },
  };
}
