import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetFiles, writeDataset } from '../../../electron/engine/synthetic/generator';
import { decodeFile, parseDelimited, type Row } from './readDataset';

const specs = datasetFiles();
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muster-gen-enc-'));
  await writeDataset({ people: 4000, seed: 5 }, dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (name: string) => readFileSync(join(dir, name));
const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('encodings and formats', () => {
  it('writes the French roster in Windows-1252 with semicolons: "Prénom" round-trips', () => {
    const raw = bytes(specs.rosterFrench.name);
    // "Prénom" is 50 72 E9 6E 6F 6D in Windows-1252; in UTF-8 the é would be two bytes (C3 A9).
    expect(raw.includes(Buffer.from([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d]))).toBe(true);
    expect(raw.includes(Buffer.from('Prénom', 'utf8'))).toBe(false);
    const text = iconv.decode(raw, 'windows-1252');
    expect(text.split('\r\n')[0]).toBe(
      'N°;Nom;Prénom;Date de naissance;Sexe;Nationalité;N° passeport;Téléphone;Employeur;Ville',
    );
    // Nothing was lost to "?" substitution: encoding the decoded text gives the same bytes back.
    expect(iconv.encode(text, 'windows-1252').equals(raw)).toBe(true);
    expect(text).not.toContain('?');
    const rows = parseDelimited(text, specs.rosterFrench);
    expect(rows.some((r) => /É/.test(r['Nationalité'] as string))).toBe(true);
  });

  it('writes the French roster dates as MM/DD/YYYY', () => {
    const rows = parseDelimited(decodeFile(dir, specs.rosterFrench), specs.rosterFrench);
    const dates = rows.map((r) => r['Date de naissance'] as string).filter((d) => d !== '');
    expect(dates.every((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))).toBe(true);
    expect(dates.some((d) => Number(d.slice(3, 5)) > 12)).toBe(true);
    expect(dates.every((d) => Number(d.slice(0, 2)) <= 12)).toBe(true);
  });

  it('writes the TSV roster in UTF-16LE with a byte-order mark', () => {
    const raw = bytes(specs.rosterTsv.name);
    expect([...raw.subarray(0, 4)]).toEqual([0xff, 0xfe, 0x57, 0x00]); // BOM, then "W" of "Worker"
    const text = decodeFile(dir, specs.rosterTsv);
    expect(text.startsWith('Worker\tDate of birth\tPassport\tMobile')).toBe(true);
    const rows = parseDelimited(text, specs.rosterTsv);
    expect(rows.length).toBeGreaterThan(50);
    expect(
      rows.every(
        (r) => r['Date of birth'] === '' || /^\d{2}-[A-Z][a-z]{2}-\d{4}$/.test(r['Date of birth'] as string),
      ),
    ).toBe(true);
  });

  it('writes the Arabic-header roster in UTF-8 with a BOM, "SURNAME, Given" and Arabic script', () => {
    const raw = bytes(specs.rosterArabic.name);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseDelimited(decodeFile(dir, specs.rosterArabic), specs.rosterArabic);
    expect(Object.keys(rows[0] as Row)).toEqual(
      expect.arrayContaining(['Full name', 'رقم الجواز', 'الهاتف']),
    );
    const names = rows.map((r) => r['Full name'] as string);
    expect(names.filter((n) => /^[^,]+, [^,]+$/.test(n)).length / names.length).toBeGreaterThan(0.6);
    expect(names.some((n) => ARABIC.test(n))).toBe(true);
    expect(rows.some((r) => /[٠-٩]/.test(r['الهاتف'] as string))).toBe(true);
  });

  it('writes the registrations as plain UTF-8 without BOM, with Arabic and Cyrillic names', () => {
    const raw = bytes(specs.registrations.name);
    expect(raw[0]).toBe('R'.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    const rows = parseDelimited(text, specs.registrations);
    expect(Object.keys(rows[0] as Row)).toEqual([...specs.registrations.columns]);
    expect(rows.some((r) => ARABIC.test(r.Surname as string))).toBe(true);
    expect(rows.some((r) => CYRILLIC.test(`${r['Given names']} ${r.Surname}`))).toBe(true);
    expect(
      rows.every(
        (r) => r['Date of birth'] === '' || /^\d{2}\/\d{2}\/\d{4}$/.test(r['Date of birth'] as string),
      ),
    ).toBe(true);
  });

  it('writes the JSON roster as one valid array of objects, with nulls and absent keys', () => {
    const parsed: unknown = JSON.parse(decodeFile(dir, specs.rosterJson));
    expect(Array.isArray(parsed)).toBe(true);
    const records = parsed as Array<Record<string, unknown>>;
    expect(records.length).toBeGreaterThan(50);
    expect(records.every((r) => typeof r.workerId === 'string' && typeof r.contact === 'object')).toBe(true);
    expect(records.some((r) => r.dateOfBirth === null || r.passportNumber === null)).toBe(true);
    expect(records.some((r) => !('dateOfBirth' in r) || !('passportNumber' in r))).toBe(true);
  });
});
