// Exports through the contract, as the app and the CLI call them: manifests, contact lists, aggregated
// figures; profiles, sealing, audit entries, and no file left behind when anything goes wrong.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSameFolder, folderSnapshot, tempDir } from '../helpers';
import { openHarness, peopleAtBeirutPort, type Harness } from '../pipeline/harness';

const YEAR = new Date().getUTCFullYear();
const LONG_GIVEN = 'Alexandrina'.repeat(27) + 'x'.repeat(3); // 300 characters
const RTL_SURNAME = 'الحسن Smith';

let h: Harness;
let out: string;
let areaId: number;
let emptyAreaId: number;
const plain = { mode: 'plain', confirmed: true } as const;

beforeAll(async () => {
  h = await openHarness();
  out = tempDir();
  areaId = await peopleAtBeirutPort(h, [
    'Ref,Name,Surname,Sex,Date of birth,Nationality,Passport,Passport expiry,Phone,Email,Language,Special needs,Household,Latitude,Longitude',
    `A1,Maria,Santos,F,${YEAR - 70}-01-01,PH,P1234567,2030-05-01,+9613123456,maria@example.org,Tagalog,wheelchair,H1,33.90,35.50`,
    `A2,Juan,Santos,M,${YEAR - 8}-05-05,PH,,,+9613123456,,,,H1,33.91,35.51`,
    `A3,"=HYPERLINK(""http://evil"")",Haddad,F,1990-03-03,LB,RL7654321,2031-01-01,+9611123456,rania@example.org,Arabic,,,33.85,35.45`,
    `A4,${LONG_GIVEN},${RTL_SURNAME},M,1985-07-07,LB,RL1111111,2029-09-09,,,ar,,,33.86,35.46`,
    `A5,Omar,Khalil,M,1985-07-07,LB,RL2222222,2029-09-09,+9613999999,,,,,34.40,36.00`,
  ]);
  const empty = await h.call('area.create', {
    name: 'Empty desert',
    shape: { kind: 'rectangle', west: 10, south: 10, east: 11, north: 11 },
  });
  emptyAreaId = empty.id;
});
afterAll(() => h.dispose());

function csvRows(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1).trim(), { newline: '\r\n' }).data;
}

describe('manifest', () => {
  it('groups households and carries the carrier fields, safely', async () => {
    const path = join(out, 'manifest.csv');
    const result = await h.call('export.manifest', {
      selection: { areaId },
      format: 'csv',
      path,
      seal: plain,
    });
    expect(result).toMatchObject({ path, profile: 'carrier-manifest', people: 4, rows: 4, sealed: 'plain' });
    const [header, ...rows] = csvRows(path);
    expect(header).toEqual([
      'Group',
      'Surname',
      'Given names',
      'Date of birth',
      'Sex',
      'Nationality',
      'Passport number',
      'Passport expiry',
      'Phone',
      'Dependants',
      'Special needs',
      'Checked in',
    ]);
    const bySurnameGiven = rows.map((r) => [r[0], r[1], r[2]!.slice(0, 20)]);
    // Haddad, then the Santos household (adult first, child after, same group), then the RTL name
    // (sorted by its first letter, Arabic after Latin).
    expect(bySurnameGiven).toEqual([
      ['1', 'Haddad', `'=HYPERLINK("http://`],
      ['2', 'Santos', 'Maria'],
      ['2', 'Santos', 'Juan'],
      ['3', RTL_SURNAME, LONG_GIVEN.slice(0, 20)],
    ]);
    const maria = rows[1]!;
    const juan = rows[2]!;
    expect(maria[8]).toBe('+9613123456');
    expect(maria[9]).toBe('1'); // one child travels with her
    expect(maria[10]).toBe('wheelchair');
    expect(juan[6]).toBe('NONE'); // no passport: a visible gap
    expect(juan[9]).toBe('');
    expect(rows[0]![2]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[3]![2]).toBe(LONG_GIVEN);
    expect(rows.flat().join(' ')).not.toContain('Khalil'); // outside the area
  });

  it('audits who, what profile, how many and the file fingerprint, without names', async () => {
    const path = join(out, 'audited.csv');
    const result = await h.call('export.manifest', {
      selection: { areaId },
      format: 'csv',
      path,
      seal: plain,
    });
    const [entry] = await h.call('audit.list', { limit: 1 });
    const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(result.sha256).toBe(sha);
    expect(entry).toMatchObject({
      action: 'export.manifest',
      operator: 'Officer',
      counts: { people: 4, rows: 4, leftOut: 0, suppressed: 0, bytes: result.bytes },
    });
    expect(entry!.object).toBe(`profile carrier-manifest, csv, plain, sha256 ${sha}, file audited.csv`);
    expect(JSON.stringify(entry)).not.toMatch(/Santos|Haddad|Maria/);
  });

  it('minimises under the civil-protection profile: references instead of names, no documents', async () => {
    const path = join(out, 'civil.csv');
    await h.call('export.manifest', {
      selection: { areaId },
      format: 'csv',
      path,
      profile: 'civil-protection',
      seal: plain,
    });
    const text = readFileSync(path, 'utf8');
    const [header, ...rows] = csvRows(path);
    expect(header).toEqual([
      'Group',
      'Reference',
      'Age band',
      'Sex',
      'Household size',
      'Special needs',
      'Status',
    ]);
    expect(rows.map((r) => r[1])).toEqual(rows.map(() => expect.stringMatching(/^P[0-9A-F]{12}$/)));
    expect(new Set(rows.map((r) => r[1])).size).toBe(4);
    for (const secret of ['Santos', 'Maria', 'Haddad', 'P1234567', '+9613123456', `${YEAR - 70}-01-01`]) {
      expect(text).not.toContain(secret);
    }
  });

  it('writes XLSX with the same rows', async () => {
    const path = join(out, 'manifest.xlsx');
    await h.call('export.manifest', { selection: { areaId }, format: 'xlsx', path, seal: plain });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getCell('C2').value).toBe(`'=HYPERLINK("http://evil")`);
    expect(sheet.getCell('I3').value).toBe('+9613123456');
  });

  it('seals to a recipient: the partner decrypts it with their identity', async () => {
    const identity = await generateIdentity();
    const recipient = await identityToRecipient(identity);
    await h.call('addressBook.add', { name: 'IOM Beirut', publicKey: recipient });
    const path = join(out, 'sealed.csv');
    const result = await h.call('export.manifest', {
      selection: { areaId },
      format: 'csv',
      path,
      seal: { mode: 'recipients', recipients: ['iom beirut'] },
    });
    expect(result.path).toBe(`${path}.age`);
    expect(existsSync(path)).toBe(false);
    const sealed = readFileSync(result.path);
    expect(sealed.includes(Buffer.from('Santos'))).toBe(false);
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    const text = await decrypter.decrypt(sealed, 'text');
    expect(text).toContain('Santos,Maria');
    const [entry] = await h.call('audit.list', { limit: 1 });
    expect(entry!.object).toContain('recipients');
    expect(entry!.counts).toMatchObject({ recipients: 1 });
  });

  it('refuses a malformed recipient key, an empty area and PDF figures, writing nothing', async () => {
    const before = folderSnapshot(out);
    const badKey = await h.fail('export.manifest', {
      selection: { areaId },
      format: 'csv',
      path: join(out, 'bad.csv'),
      seal: { mode: 'recipients', recipients: ['age1notakey'] },
    });
    expect(badKey).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('not a valid age public key'),
    });
    expect(badKey.message).not.toContain('age1notakey');
    const empty = await h.fail('export.manifest', {
      selection: { areaId: emptyAreaId },
      format: 'csv',
      path: join(out, 'empty.csv'),
      seal: plain,
    });
    expect(empty.code).toBe('INVALID_INPUT');
    expect(empty.message).toMatch(/Nobody/);
    const pdf = await h.fail('export.aggregate', {
      format: 'pdf',
      path: join(out, 'm.pdf'),
      k: 5,
      seal: plain,
    });
    expect(pdf.message).toMatch(/PDF/);
    expectSameFolder(before, folderSnapshot(out));
  });

  it('requires an explicit confirmation for a plain file', async () => {
    const refused = await h.handle(
      'export.manifest',
      { selection: { areaId }, format: 'csv', path: join(out, 'x.csv'), seal: { mode: 'plain' } },
      'plain-unconfirmed',
    );
    expect(refused.ok).toBe(false);
    expect(existsSync(join(out, 'x.csv'))).toBe(false);
  });

  // A PDF is rendered whole before it is written: the same guarantees hold.
  it.each(['csv', 'pdf'] as const)(
    'leaves nothing behind when the %s destination cannot be written',
    async (format) => {
      const dir = tempDir();
      mkdirSync(join(dir, `taken.${format}`));
      const missing = await h.fail('export.manifest', {
        selection: { areaId },
        format,
        path: join(dir, 'no-such-folder', `m.${format}`),
        seal: plain,
      });
      expect(missing.code).toBe('NOT_FOUND');
      // The bytes are written to a temporary file first; the final step fails and the temp file goes.
      const taken = await h.fail('export.manifest', {
        selection: { areaId },
        format,
        path: join(dir, `taken.${format}`),
        seal: plain,
      });
      expect(taken.code).toBe('INVALID_INPUT');
      expect(readdirSync(dir)).toEqual([`taken.${format}`]);
      expect(readdirSync(join(dir, `taken.${format}`))).toEqual([]);
    },
  );
});

describe('contact lists', () => {
  it('SMS list: mobiles only, each number once, no names, and who was left out', async () => {
    const path = join(out, 'sms.csv');
    const result = await h.call('export.contacts', {
      selection: { areaId },
      layout: 'sms',
      path,
      seal: plain,
    });
    const [header, ...rows] = csvRows(path);
    expect(header).toEqual(['reference', 'phone', 'language', 'channel']);
    expect(rows).toEqual([[expect.stringMatching(/^P[0-9A-F]{12}$/), '+9613123456', 'tgl', 'sms']]);
    expect(result.people).toBe(1);
    expect(result.leftOut).toEqual(
      expect.arrayContaining([
        { reason: 'same phone number as someone earlier in the list', count: 1 },
        { reason: 'landline only (cannot receive SMS)', count: 1 },
        { reason: 'no phone number', count: 1 },
      ]),
    );
    const [entry] = await h.call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'export.contacts', counts: { people: 1, leftOut: 3 } });
  });

  it('RapidPro layout with names under the named-contacts profile', async () => {
    const path = join(out, 'rapidpro.csv');
    await h.call('export.contacts', {
      selection: { areaId },
      layout: 'rapidpro',
      path,
      profile: 'named-contacts',
      seal: plain,
    });
    const [header, ...rows] = csvRows(path);
    expect(header).toEqual(['URN:Tel', 'Name', 'Language', 'Field:reference']);
    expect(rows[0]!.slice(0, 3)).toEqual(['tel:+9613123456', 'Maria Santos', 'tgl']);
  });

  it('e-mail list and vCards; a profile without e-mail cannot make an e-mail list', async () => {
    const refused = await h.fail('export.contacts', {
      selection: { areaId },
      layout: 'email',
      path: join(out, 'mails.csv'),
      seal: plain,
    });
    expect(refused.code).toBe('INVALID_INPUT');
    const mails = await h.call('export.contacts', {
      selection: { areaId },
      layout: 'email',
      path: join(out, 'mails.csv'),
      profile: 'named-contacts',
      seal: plain,
    });
    expect(mails.people).toBe(2);
    expect(mails.leftOut).toEqual([{ reason: 'no e-mail address', count: 2 }]);
    const cards = await h.call('export.contacts', {
      selection: { areaId },
      layout: 'vcard',
      path: join(out, 'people.vcf'),
      profile: 'named-contacts',
      seal: plain,
    });
    const vcf = readFileSync(cards.path, 'utf8');
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(3);
    expect(vcf).toContain('N:Santos;Maria;;;\r\n');
    expect(vcf).toContain('TEL;TYPE=CELL:+9613123456');
  });
});

describe('aggregated figures', () => {
  it('counts by nationality × sex × age band with an HXL row, suppressing small cells', async () => {
    const path = join(out, 'figures.csv');
    const result = await h.call('export.aggregate', { format: 'csv', path, k: 2, seal: plain });
    const [header, hxl, ...rows] = csvRows(path);
    expect(header).toEqual(['Area', 'Nationality', 'Sex', 'Age band', 'People', 'Suppressed']);
    expect(hxl![0]).toBe('#loc+name');
    expect(hxl![4]).toBe('#affected+ind');
    // Empty desert: nobody. Beirut port: 4 people, every cell holds 1 (< 2): all cells hidden.
    const port = rows.filter((r) => r[0] === 'Beirut port');
    expect(port[0]).toEqual(['Beirut port', 'all', 'all', 'all', '4', '']);
    expect(port.slice(1).every((r) => r[4] === '' && r[5] === 'yes')).toBe(true);
    expect(result.suppressed).toBe(4);
    expect(readFileSync(path, 'utf8')).not.toMatch(/Santos|Maria/);
  });

  it('hides an area total below k', async () => {
    const path = join(out, 'figures-k5.csv');
    await h.call('export.aggregate', { format: 'csv', path, areaIds: [areaId], seal: plain });
    const [, , total] = csvRows(path);
    expect(total).toEqual(['Beirut port', 'all', 'all', 'all', '', 'yes']);
  });
});

describe('crisis status', () => {
  it('sets an area in bulk, keeps history, and counts for the dashboard', async () => {
    const first = await h.call('status.set', { selection: { areaId }, status: 'contacted' });
    expect(first).toEqual({ selected: 4, changed: 4, unchanged: 0 });
    const people = await h.call('people.search', { query: 'Santos', limit: 10 });
    const juan = people.rows.find((r) => r.given_names === 'Juan')!;
    await h.call('status.set', { selection: { personIds: [juan.id] }, status: 'evacuated' });
    const second = await h.call('status.set', {
      selection: { areaId },
      status: 'safe',
      onlyFrom: ['unknown', 'contacted'],
    });
    expect(second).toEqual({ selected: 4, changed: 3, unchanged: 1 });
    expect(await h.call('status.history', { personId: juan.id })).toEqual([
      expect.objectContaining({ before: 'unknown', after: 'contacted', operator: 'Officer' }),
      expect.objectContaining({ before: 'contacted', after: 'evacuated' }),
    ]);
    const dashboard = await h.call('status.dashboard', {});
    expect(dashboard.total).toMatchObject({ unknown: 1, safe: 3, evacuated: 1 });
    expect(dashboard.areas.find((a) => a.areaId === areaId)!.counts).toMatchObject({ safe: 3, evacuated: 1 });
    expect(dashboard.vulnerable.children).toMatchObject({ evacuated: 1 });
    expect(dashboard.vulnerable.specialNeeds).toMatchObject({ safe: 1 });
    const [entry] = await h.call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'status.set', counts: { selected: 4, changed: 3 } });
  });

  it('marks the boarded on the next manifest', async () => {
    const path = join(out, 'after-boarding.csv');
    await h.call('export.manifest', { selection: { areaId }, format: 'csv', path, seal: plain });
    const rows = csvRows(path).slice(1);
    expect(rows.filter((r) => r[11] === 'yes').map((r) => r[2])).toEqual(['Juan']);
  });
});
