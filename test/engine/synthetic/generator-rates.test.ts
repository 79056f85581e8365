// The rates documented in rates.ts, measured on 5,000 people through the files and the truth
// alone, as a matcher's evaluation would see them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPEARANCES,
  POPULATION,
  REGISTRATION_FIELDS,
  writeDataset,
} from '../../../electron/engine/synthetic/generator';
import { readDataset, type ReadDataset, type Row } from './readDataset';

const PEOPLE = 5000;
let dir: string;
let data: ReadDataset;
let registrationRows: Array<{ row: Row; person: Row }>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muster-gen-rates-'));
  await writeDataset({ people: PEOPLE, seed: 31337 }, dir);
  data = readDataset(dir);
  const name = data.specs.registrations.name;
  const rows = data.tables[name] as Row[];
  registrationRows = data.truth
    .filter((t) => t.file === name)
    .map((t) => ({
      row: rows[Number(t.row) - 1] as Row,
      person: data.peopleById.get(t.person_id as string) as Row,
    }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rowsPerPerson(file: (name: string) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of data.truth) {
    if (file(t.file as string))
      counts.set(t.person_id as string, (counts.get(t.person_id as string) ?? 0) + 1);
  }
  return counts;
}

describe('declared rates hold on 5,000 people', () => {
  it('double registrations: about 8% of registered adults', () => {
    const counts = rowsPerPerson((f) => f === data.specs.registrations.name);
    const adults = [...counts].filter(([id]) => data.peopleById.get(id)?.relationship !== 'child');
    const twice = adults.filter(([, n]) => n > 1).length / adults.length;
    expect(twice).toBeGreaterThan(APPEARANCES.doubleRegistration - 0.025);
    expect(twice).toBeLessThan(APPEARANCES.doubleRegistration + 0.025);
  });

  it('roster workers also registered: about 30%', () => {
    const registered = rowsPerPerson((f) => f === data.specs.registrations.name);
    const onRoster = rowsPerPerson((f) => f.startsWith('roster-'));
    const share = [...onRoster.keys()].filter((id) => registered.has(id)).length / onRoster.size;
    expect(onRoster.size).toBeGreaterThan(PEOPLE * 0.1);
    expect(share).toBeGreaterThan(APPEARANCES.rosterAlsoRegistered - 0.06);
    expect(share).toBeLessThan(APPEARANCES.rosterAlsoRegistered + 0.06);
  });

  it('households with dependants: about 12%, sharing address and principal', () => {
    const households = new Map<string, Row[]>();
    for (const p of data.people)
      households.set(p.household_id as string, [...(households.get(p.household_id as string) ?? []), p]);
    const withDependants = [...households.values()].filter((members) => members.length > 1);
    const share = withDependants.length / households.size;
    expect(share).toBeGreaterThan(POPULATION.householdWithDependants - 0.03);
    expect(share).toBeLessThan(POPULATION.householdWithDependants + 0.03);
    for (const members of withDependants) {
      expect(members.filter((m) => m.relationship === 'principal')).toHaveLength(1);
      expect(new Set(members.map((m) => m.address)).size).toBe(1);
    }
  });

  it('namesakes: about 2% of principals share an earlier principal’s name and city, never the birth date', () => {
    const principals = data.people.filter((p) => p.relationship === 'principal');
    const namesakes = principals.filter((p) => p.namesake_of !== '');
    const share = namesakes.length / principals.length;
    expect(share).toBeGreaterThan(POPULATION.namesake - 0.01);
    expect(share).toBeLessThan(POPULATION.namesake + 0.01);
    for (const p of namesakes) {
      const original = data.peopleById.get(p.namesake_of as string) as Row;
      expect(p.person_id).not.toBe(original.person_id);
      expect([p.given_names, p.surname, p.city]).toEqual([
        original.given_names,
        original.surname,
        original.city,
      ]);
      expect(p.date_of_birth).not.toBe(original.date_of_birth);
      expect(p.passport_no).not.toBe(original.passport_no);
    }
  });

  it('missing phone: about 10% of adults’ registration rows', () => {
    const adults = registrationRows.filter(({ person }) => person.relationship !== 'child');
    const share = adults.filter(({ row }) => row.Mobile === '').length / adults.length;
    expect(share).toBeGreaterThan(REGISTRATION_FIELDS.missingPhone - 0.03);
    expect(share).toBeLessThan(REGISTRATION_FIELDS.missingPhone + 0.03);
  });

  it('typos: about 3% of registration passports differ from the true one', () => {
    const present = registrationRows.filter(({ row }) => row['Passport No.'] !== '');
    const wrong = present.filter(
      ({ row, person }) => row['Passport No.']?.toUpperCase().replace(/\s/g, '') !== person.passport_no,
    );
    const share = wrong.length / present.length;
    expect(share).toBeGreaterThan(REGISTRATION_FIELDS.typo - 0.015);
    expect(share).toBeLessThan(REGISTRATION_FIELDS.typo + 0.015);
  });

  it('keeps every mobile and e-mail on every row fake, typos included', () => {
    const file = data.specs.registrations.name;
    for (const row of data.tables[file] as Row[]) {
      const mobile = row.Mobile as string;
      if (mobile !== '') {
        const national = mobile
          .replace(/\D/g, '')
          .replace(/^(00)?961/, '')
          .replace(/^0/, '');
        expect(national, 'mobile').toMatch(/^30\d{4,6}$/);
      }
      if (row.Email !== '') expect(row.Email?.toLowerCase()).toMatch(/@example\.(com|org|net)$/);
    }
  });

  it('passports and own phones are unique per person', () => {
    expect(new Set(data.people.map((p) => p.passport_no)).size).toBe(PEOPLE);
    const phoneHouseholds = new Map<string, Set<string>>();
    for (const p of data.people) {
      if (p.phone === '') continue;
      phoneHouseholds.set(
        p.phone as string,
        (phoneHouseholds.get(p.phone as string) ?? new Set()).add(p.household_id as string),
      );
    }
    // A number is shared only inside a household (a spouse using the principal's mobile).
    expect([...phoneHouseholds.values()].every((households) => households.size === 1)).toBe(true);
  });
});
