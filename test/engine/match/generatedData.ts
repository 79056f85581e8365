// Generator datasets through the real import, and their ground truth, for matching tests and the bench.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineMethod, MethodParams, MethodResult } from '../../../shared/contract';
import type { ImportMapping } from '../../../shared/imports';
import type { PersonField } from '../../../shared/person';

type Call = <M extends EngineMethod>(method: M, params: MethodParams<M>) => Promise<MethodResult<M>>;

// Headers the suggested mapping leaves open, mapped as an officer would in the wizard.
const EXTRA: Record<string, Record<string, PersonField>> = {
  'roster-phoenicia-home.tsv': { Worker: 'full_name', Location: 'city' },
  'registrations.csv': { District: 'admin1', 'Dependants of': 'household_key' },
};

/** The row files of a generated dataset (everything but truth.csv and people.csv), sorted. */
export function rowFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n !== 'truth.csv' && n !== 'people.csv')
    .sort();
}

/** Imports the given files of a generated dataset, each as its own source named after the file. */
export async function importGenerated(call: Call, dir: string, files = rowFiles(dir)): Promise<void> {
  for (const name of files) {
    const path = join(dir, name);
    const preview = await call('import.preview', { path });
    const mapping: ImportMapping = {
      ...preview.mapping,
      columns: { ...preview.mapping.columns, ...EXTRA[name] },
      country: 'LB',
    };
    await call('import.run', { path, source: name, mapping });
  }
}

/** truth.csv as "file#row" → generated person id. */
export function readTruth(dir: string): Map<string, string> {
  const truth = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'truth.csv'), 'utf8').split('\n').slice(1)) {
    const [file, row, person] = line.split(',');
    if (file && row && person) truth.set(`${file}#${row}`, person);
  }
  return truth;
}

/** The truth.csv key of an imported record: text files count the header as row 1, JSON does not. */
export function truthKey(fileName: string, rowNumber: number): string {
  return `${fileName}#${fileName.endsWith('.json') ? rowNumber : rowNumber - 1}`;
}
