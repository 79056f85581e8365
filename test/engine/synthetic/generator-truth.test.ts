import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset, type DatasetSummary } from '../../../electron/engine/synthetic/generator';
import { readDataset, type ReadDataset, type Row } from './readDataset';

let dir: string;
let data: ReadDataset;
let summary: DatasetSummary;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muster-gen-truth-'));
  summary = await writeDataset({ people: 3000, seed: 11 }, dir);
  data = readDataset(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const normalisePassport = (s: string) => s.toUpperCase().replace(/\s/g, '');

function truthFor(file: string): Row[] {
  return data.truth.filter((t) => t.file === file);
}

describe('ground truth', () => {
  it('numbers every data row of every file exactly once, 1 to n', () => {
    const rowFiles = Object.values(data.specs).filter((s) => s.id !== 'truth' && s.id !== 'people');
    expect(rowFiles).toHaveLength(5);
    for (const spec of rowFiles) {
      const rows = spec.format === 'jsonArray' ? data.json.length : (data.tables[spec.name] as Row[]).length;
      expect(rows, spec.name).toBeGreaterThan(0);
      const numbers = truthFor(spec.name).map((t) => Number(t.row));
      expect(numbers, spec.name).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
    }
    const total = summary.files
      .filter((f) => f.name !== 'truth.csv' && f.name !== 'people.csv')
      .reduce((n, f) => n + f.rows, 0);
    expect(data.truth).toHaveLength(total);
  });

  it('points only at real people, and every person appears somewhere', () => {
    expect(data.people).toHaveLength(3000);
    const seen = new Set<string>();
    for (const t of data.truth) {
      expect(data.peopleById.has(t.person_id as string)).toBe(true);
      seen.add(t.person_id as string);
    }
    expect(seen.size).toBe(3000);
  });

  it('matches each row to the person it describes (passport agrees on most rows)', () => {
    const checks: Array<[string, (r: Row) => string]> = [
      [data.specs.registrations.name, (r) => r['Passport No.'] as string],
      [data.specs.rosterFrench.name, (r) => r['N° passeport'] as string],
      [data.specs.rosterArabic.name, (r) => r['رقم الجواز'] as string],
      [data.specs.rosterTsv.name, (r) => r.Passport as string],
    ];
    for (const [file, passportOf] of checks) {
      const rows = data.tables[file] as Row[];
      const truth = truthFor(file);
      let agree = 0;
      let present = 0;
      truth.forEach((t) => {
        const value = passportOf(rows[Number(t.row) - 1] as Row);
        if (value === '') return;
        present++;
        if (normalisePassport(value) === data.peopleById.get(t.person_id as string)?.passport_no) agree++;
      });
      // Only typos (about 3%) may disagree; a shifted truth would agree almost nowhere.
      expect(agree / present, file).toBeGreaterThan(0.93);
    }
    const jsonTruth = truthFor(data.specs.rosterJson.name);
    const jsonAgree = jsonTruth.filter((t) => {
      const rec = data.json[Number(t.row) - 1] as Record<string, unknown>;
      return rec.passportNumber === data.peopleById.get(t.person_id as string)?.passport_no;
    }).length;
    expect(jsonAgree / jsonTruth.length).toBeGreaterThan(0.85);
  });

  it('links dependants to their principal’s registration, in the same household', () => {
    const file = data.specs.registrations.name;
    const rows = data.tables[file] as Row[];
    const truth = truthFor(file);
    const personByReference = new Map<string, string>();
    truth.forEach((t) =>
      personByReference.set((rows[Number(t.row) - 1] as Row).Reference as string, t.person_id as string),
    );
    let dependants = 0;
    truth.forEach((t) => {
      const row = rows[Number(t.row) - 1] as Row;
      if (row['Dependants of'] === '') return;
      dependants++;
      const principal = data.peopleById.get(personByReference.get(row['Dependants of'] as string) as string);
      const person = data.peopleById.get(t.person_id as string);
      expect(principal?.relationship).toBe('principal');
      expect(person?.household_id).toBe(principal?.household_id);
      expect(row.Relationship).toBe(person?.relationship === 'spouse' ? 'Spouse' : 'Child');
    });
    expect(dependants).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.Reference)).size).toBe(rows.length);
  });
});
