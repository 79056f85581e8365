// Small hand-written record sets through the real import, for matching scenarios.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonField } from '../../../shared/person';
import type { Harness } from '../pipeline/harness';

export type Row = Partial<Record<PersonField, string>>;

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

let files = 0;

/** Imports `rows` as one file from `source`; returns the new record ids in row order. */
export async function importRows(h: Harness, source: string, rows: Row[]): Promise<number[]> {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))] as PersonField[];
  const lines = [fields.join(','), ...rows.map((r) => fields.map((f) => csvField(r[f] ?? '')).join(','))];
  const path = join(h.dir, `rows-${++files}.csv`);
  writeFileSync(path, lines.join('\n') + '\n');
  const before = (await h.call('people.search', { limit: 1, sort: 'updated_at' })).total;
  const { counts } = await h.call('import.run', {
    path,
    source,
    mapping: {
      columns: Object.fromEntries(fields.map((f) => [f, f])),
      dateOrder: 'YMD',
      country: 'LB',
    },
  });
  if (counts.imported !== rows.length) throw new Error(`imported ${counts.imported} of ${rows.length} rows`);
  return Array.from({ length: rows.length }, (_, i) => before + i + 1);
}

/** Person id of each record. */
export async function personOf(h: Harness, id: number): Promise<number> {
  return (await h.call('match.cluster', { id })).personId;
}
