// Partner profiles the crisis cell defines: saved in the vault, checked against what each export can
// write, used by every export by name, audited without personal data, and kept across lock and unlock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, tempDir } from '../helpers';
import { openHarness, peopleAtBeirutPort, type Harness } from '../pipeline/harness';

const YEAR = new Date().getUTCFullYear();
const plain = { mode: 'plain', confirmed: true } as const;
const TRIPOLI = {
  name: 'Civil protection Tripoli',
  kind: 'manifest',
  purpose: 'Planning buses and assistance',
  recipient: 'Host-country civil protection, Tripoli',
  fields: ['special_needs', 'group', 'sex', 'age_band'],
  pseudonymous: true,
} as const;

let h: Harness;
let out: string;
let areaId: number;

beforeAll(async () => {
  h = await openHarness();
  out = tempDir();
  areaId = await peopleAtBeirutPort(h, [
    'Ref,Name,Surname,Sex,Date of birth,Nationality,Passport,Phone,Email,Special needs,Household,Latitude,Longitude',
    `A1,Maria,Santos,F,${YEAR - 70}-01-01,PH,P1234567,+9613123456,maria@example.org,wheelchair,H1,33.90,35.50`,
    `A2,Juan,Santos,M,${YEAR - 8}-05-05,PH,,+9613123457,,,H1,33.91,35.51`,
    `A3,Rania,Haddad,F,1990-03-03,LB,RL7654321,+9611123456,rania@example.org,,,33.85,35.45`,
  ]);
});
afterAll(() => h.dispose());

function csvRows(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1).trim(), { newline: '\r\n' }).data;
}

describe('partner profiles of the crisis cell', () => {
  it('offers each kind the fields its export writes', async () => {
    const choices = await h.call('profile.fields', {});
    expect(choices.manifest).toEqual(expect.arrayContaining(['group', 'surname', 'age_band', 'checked_in']));
    expect(choices.contacts).toEqual(expect.arrayContaining(['ref', 'name', 'phone', 'email', 'language']));
    expect(choices.contacts).not.toContain('passport_no');
    expect(choices.aggregate).toEqual(['area', 'nationality', 'sex', 'age_band', 'people']);
  });

  it('saves one, in the order the file writes its fields, listed after the built-ins', async () => {
    const saved = await h.call('profile.save', { ...TRIPOLI, fields: [...TRIPOLI.fields] });
    expect(saved).toEqual({
      ...TRIPOLI,
      fields: ['group', 'age_band', 'sex', 'special_needs'],
      isDefault: false,
      builtIn: false,
    });
    const profiles = await h.call('export.profiles', {});
    expect(profiles.at(-1)).toEqual(saved);
    expect(profiles.slice(0, -1).every((p) => p.builtIn)).toBe(true);
  });

  it('replaces one saved again under the same name', async () => {
    await h.call('profile.save', { ...TRIPOLI, name: 'Temp', fields: ['group'] });
    const again = await h.call('profile.save', { ...TRIPOLI, name: 'Temp', fields: ['sex'] });
    expect(again.fields).toEqual(['sex']);
    expect((await h.call('export.profiles', {})).filter((p) => p.name === 'Temp')).toHaveLength(1);
    await h.call('profile.delete', { name: 'Temp' });
  });

  it('refuses the name of a built-in, unknown fields, no field, and names in a pseudonymous profile', async () => {
    const clash = await h.fail('profile.save', { ...TRIPOLI, name: 'Civil-Protection', fields: ['group'] });
    expect(clash).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/built-in/) });
    const unknown = await h.fail('profile.save', {
      ...TRIPOLI,
      fields: ['group', 'passport_no', 'shoe_size'],
    });
    expect(unknown.message).toMatch(/cannot write shoe_size/);
    const wrongKind = await h.fail('profile.save', { ...TRIPOLI, kind: 'aggregate', fields: ['group'] });
    expect(wrongKind.message).toMatch(/aggregate export cannot write group/);
    const none = await h.fail('profile.save', { ...TRIPOLI, fields: [] });
    expect(none.code).toBe('INVALID_INPUT');
    const named = await h.fail('profile.save', { ...TRIPOLI, fields: ['group', 'surname'] });
    expect(named.message).toMatch(/pseudonymous/);
    const useless = await h.fail('profile.save', {
      ...TRIPOLI,
      kind: 'contacts',
      pseudonymous: false,
      fields: ['name', 'language'],
    });
    expect(useless.message).toMatch(/phone or the e-mail/);
    const countless = await h.fail('profile.save', {
      ...TRIPOLI,
      kind: 'aggregate',
      fields: ['area', 'sex'],
    });
    expect(countless.message).toMatch(/number of people/);
  });

  it('cuts a manifest to its fields, by name, as the CLI passes it', async () => {
    const path = join(out, 'tripoli.csv');
    const result = await h.call('export.manifest', {
      selection: { areaId },
      format: 'csv',
      path,
      profile: TRIPOLI.name,
      seal: plain,
    });
    expect(result.profile).toBe(TRIPOLI.name);
    const [header, ...rows] = csvRows(path);
    expect(header).toEqual(['Group', 'Age band', 'Sex', 'Special needs']);
    expect(rows).toHaveLength(3);
    expect(readFileSync(path, 'utf8')).not.toMatch(/Santos|Maria|Haddad|P1234567|\+961/);
  });

  it('cuts contact lists and aggregated figures too', async () => {
    await h.call('profile.save', {
      name: 'Phones only',
      kind: 'contacts',
      purpose: 'Alert by SMS',
      recipient: 'Gateway',
      fields: ['phone'],
      pseudonymous: true,
    });
    const sms = join(out, 'phones.csv');
    await h.call('export.contacts', {
      selection: { areaId },
      layout: 'sms',
      path: sms,
      profile: 'Phones only',
      seal: plain,
    });
    const [smsHeader] = csvRows(sms);
    expect(smsHeader).toEqual(['phone']);

    await h.call('profile.save', {
      name: 'Totals',
      kind: 'aggregate',
      purpose: 'Figures by area',
      recipient: 'Donors',
      fields: ['area', 'people'],
      pseudonymous: true,
    });
    const figures = join(out, 'totals.csv');
    await h.call('export.aggregate', { format: 'csv', path: figures, k: 2, profile: 'Totals', seal: plain });
    const [header, hxl] = csvRows(figures);
    expect(header).toEqual(['Area', 'People', 'Suppressed']);
    expect(hxl).toEqual(['#loc+name', '#affected+ind', '#meta+suppressed']);
    const wrong = await h.fail('export.manifest', {
      selection: { areaId },
      format: 'csv',
      path: join(out, 'x.csv'),
      profile: 'Totals',
      seal: plain,
    });
    expect(wrong.message).toMatch(/for aggregate exports/);
  });

  it('audits saves and deletions by name and kind only', async () => {
    await h.call('profile.save', { ...TRIPOLI, name: 'Short-lived', fields: ['group'] });
    await h.call('profile.delete', { name: 'Short-lived' });
    const [deleted, saved] = await h.call('audit.list', { limit: 2 });
    expect(deleted).toMatchObject({ action: 'profile.delete', object: 'profile Short-lived, manifest' });
    expect(saved).toMatchObject({ action: 'profile.save', object: 'profile Short-lived, manifest' });
    expect(JSON.stringify([deleted, saved])).not.toMatch(/Planning|civil protection|group/i);
    expect((await h.call('export.profiles', {})).map((p) => p.name)).not.toContain('Short-lived');
  });

  it('deletes only its own profiles', async () => {
    const builtIn = await h.fail('profile.delete', { name: 'carrier-manifest' });
    expect(builtIn).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/built-in/) });
    const missing = await h.fail('profile.delete', { name: 'Nobody' });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('keeps them across lock and unlock', async () => {
    await h.call('vault.lock', {});
    await h.call('vault.unlock', { path: h.vaultPath, passphrase: PASSPHRASE, operator: 'Officer' });
    const profile = (await h.call('export.profiles', {})).find((p) => p.name === TRIPOLI.name);
    expect(profile?.fields).toEqual(['group', 'age_band', 'sex', 'special_needs']);
  });
});
