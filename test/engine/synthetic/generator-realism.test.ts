// The kinds of variation a matcher must cope with are really in the files, traced through the truth.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../../electron/engine/synthetic/generator';
import { readDataset, type ReadDataset, type Row } from './readDataset';

let dir: string;
let data: ReadDataset;
let rows: Array<{ row: Row; person: Row }>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muster-gen-real-'));
  await writeDataset({ people: 5000, seed: 77 }, dir);
  data = readDataset(dir);
  const name = data.specs.registrations.name;
  const table = data.tables[name] as Row[];
  rows = data.truth
    .filter((t) => t.file === name)
    .map((t) => ({
      row: table[Number(t.row) - 1] as Row,
      person: data.peopleById.get(t.person_id as string) as Row,
    }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const iso = (dmy: string) => `${dmy.slice(6)}-${dmy.slice(3, 5)}-${dmy.slice(0, 2)}`;

describe('realism of the registrations', () => {
  it('spells Mohammed several ways', () => {
    const spellings = new Set(
      rows
        .filter(({ person }) => person.given_names?.startsWith('Mohammed'))
        .map(({ row }) => row['Given names']?.split(' ')[0]),
    );
    expect([...spellings]).toEqual(expect.arrayContaining(['Mohammed']));
    expect(spellings.size).toBeGreaterThanOrEqual(3);
  });

  it('swaps given names and surname on some rows', () => {
    const swapped = rows.filter(
      ({ row, person }) =>
        row['Given names'] === person.surname &&
        row.Surname === person.given_names &&
        person.surname !== person.given_names,
    );
    expect(swapped.length).toBeGreaterThan(10);
  });

  it('exchanges day and month on some birth dates', () => {
    const swapped = rows.filter(({ row, person }) => {
      const dob = row['Date of birth'] as string;
      if (dob === '') return false;
      const [y, m, d] = (person.date_of_birth as string).split('-');
      return iso(dob) !== person.date_of_birth && iso(dob) === `${y}-${d}-${m}`;
    });
    expect(swapped.length).toBeGreaterThan(10);
  });

  it('writes mobiles in many formats that all resolve to the true number', () => {
    const shapes = new Set<string>();
    let same = 0;
    let adults = 0;
    for (const { row, person } of rows) {
      const mobile = row.Mobile as string;
      if (mobile === '' || person.relationship === 'child') continue;
      adults++;
      shapes.add(mobile.replace(/\d/g, '9'));
      const digits = mobile
        .replace(/\D/g, '')
        .replace(/^(00)?961/, '')
        .replace(/^0/, '');
      if (`+961${digits}` === person.phone) same++;
    }
    expect(shapes.size).toBeGreaterThanOrEqual(6);
    expect(same / adults).toBeGreaterThan(0.85);
  });

  it('changes the letter case of some e-mails', () => {
    const changed = rows.filter(
      ({ row, person }) =>
        row.Email !== '' && row.Email !== person.email && row.Email?.toLowerCase() === person.email,
    );
    expect(changed.length).toBeGreaterThan(10);
  });

  it('registers some people twice with different details, later in the file', () => {
    const byPerson = new Map<string, Row[]>();
    for (const { row, person } of rows)
      byPerson.set(person.person_id as string, [...(byPerson.get(person.person_id as string) ?? []), row]);
    const repeated = [...byPerson.values()].filter((r) => r.length > 1);
    expect(repeated.length).toBeGreaterThan(100);
    const differing = repeated.filter(
      (r) => new Set(r.map((x) => `${x['Given names']}|${x.Surname}|${x.Mobile}|${x.Email}`)).size > 1,
    );
    expect(differing.length / repeated.length).toBeGreaterThan(0.5);
    const references = repeated.map((r) => r.map((x) => x.Reference as string));
    expect(references.every((refs) => new Set(refs).size === refs.length)).toBe(true);
  });

  it('dates registrations in the order of their references', () => {
    const sortable = (s: string) => `${s.slice(6, 10)}${s.slice(3, 5)}${s.slice(0, 2)}${s.slice(11)}`;
    const stamps = rows.map(({ row }) => sortable(row['Registered on'] as string));
    expect(stamps.every((s, i) => i === 0 || s >= (stamps[i - 1] as string))).toBe(true);
    expect(stamps[0]?.slice(0, 4)).toBe('2019');
    expect(stamps.at(-1)?.slice(0, 4)).toBe('2025');
    expect(rows.every(({ row }) => row.Reference?.slice(3, 7) === row['Registered on']?.slice(6, 10))).toBe(
      true,
    );
  });

  it('holds different people with the same name in the same city', () => {
    const byNameCity = new Map<string, Set<string>>();
    for (const p of data.people) {
      const key = `${p.given_names}|${p.surname}|${p.city}`;
      byNameCity.set(key, (byNameCity.get(key) ?? new Set()).add(p.date_of_birth as string));
    }
    expect([...byNameCity.values()].filter((dobs) => dobs.size > 1).length).toBeGreaterThan(50);
  });

  it('varies prefixes and separators in compound surnames', () => {
    const alHassan = new Set(
      rows.filter(({ person }) => person.surname === 'Al-Hassan').map(({ row }) => row.Surname),
    );
    const delaCruz = new Set(
      rows.filter(({ person }) => person.surname === 'Dela Cruz').map(({ row }) => row.Surname),
    );
    expect(alHassan.size + delaCruz.size).toBeGreaterThanOrEqual(5);
  });
});
