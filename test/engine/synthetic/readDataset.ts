// Reads a generated dataset back the way an importer would: decode each file in its declared
// encoding, then parse it. Shared by the generator's tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { datasetFiles, type FileSpec } from '../../../electron/engine/synthetic/generator';

export type Row = Record<string, string>;

export interface ReadDataset {
  readonly specs: Readonly<Record<FileSpec['id'], FileSpec>>;
  /** Data rows of each delimited file, keyed by column header. */
  readonly tables: Readonly<Record<string, Row[]>>;
  /** The JSON roster's objects. */
  readonly json: Array<Record<string, unknown>>;
  readonly truth: Row[];
  readonly people: Row[];
  readonly peopleById: ReadonlyMap<string, Row>;
}

const ICONV: Record<FileSpec['encoding'], string> = {
  utf8: 'utf8',
  windows1252: 'windows-1252',
  utf16le: 'utf16le',
};

export function decodeFile(dir: string, spec: FileSpec): string {
  // iconv-lite strips a leading BOM by default, as an importer should.
  return iconv.decode(readFileSync(join(dir, spec.name)), ICONV[spec.encoding]);
}

export function parseDelimited(text: string, spec: FileSpec): Row[] {
  const parsed = Papa.parse<Row>(text, { header: true, delimiter: spec.delimiter, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${spec.name}: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

export function readDataset(dir: string): ReadDataset {
  const specs = datasetFiles();
  const tables: Record<string, Row[]> = {};
  let json: Array<Record<string, unknown>> = [];
  for (const spec of Object.values(specs)) {
    const text = decodeFile(dir, spec);
    if (spec.format === 'jsonArray') json = JSON.parse(text) as Array<Record<string, unknown>>;
    else tables[spec.name] = parseDelimited(text, spec);
  }
  const truth = tables[specs.truth.name] as Row[];
  const people = tables[specs.people.name] as Row[];
  return {
    specs,
    tables,
    json,
    truth,
    people,
    peopleById: new Map(people.map((p) => [p.person_id as string, p])),
  };
}
