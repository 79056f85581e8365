// The vault's host country: kept in the vault across lock and unlock, audited, and used by the
// import preview as the default phone country of a mapping that names none.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../helpers';
import { openHarness, type Harness } from '../pipeline/harness';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.dispose());

async function relock(): Promise<void> {
  await h.call('vault.lock', {});
  await h.call('vault.unlock', { path: h.vaultPath, passphrase: PASSPHRASE, operator: 'Second officer' });
}

describe('settings: host country', () => {
  it('is unset in a new vault', async () => {
    expect(await h.call('settings.get', {})).toEqual({ hostCountry: null });
  });

  it('keeps the country, upper-cased, across lock and unlock', async () => {
    expect(await h.call('settings.setHostCountry', { country: 'lb' })).toEqual({ hostCountry: 'LB' });
    await relock();
    expect(await h.call('settings.get', {})).toEqual({ hostCountry: 'LB' });
    await h.call('settings.setHostCountry', { country: 'PH' });
    await relock();
    expect(await h.call('settings.get', {})).toEqual({ hostCountry: 'PH' });
  });

  it('audits each change once, by operator and code', async () => {
    await h.call('settings.setHostCountry', { country: 'LB' });
    await h.call('settings.setHostCountry', { country: 'LB' });
    const entries = (await h.call('audit.list', {})).filter((e) => e.action === 'settings.hostCountry');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operator: 'Officer', object: 'LB' });
  });

  it('refuses what is not a country code, and leaves the setting alone', async () => {
    await h.call('settings.setHostCountry', { country: 'LB' });
    expect((await h.fail('settings.setHostCountry', { country: 'XX' })).code).toBe('INVALID_INPUT');
    expect((await h.fail('settings.setHostCountry', { country: 'LBN' })).code).toBe('INVALID_INPUT');
    expect(await h.call('settings.get', {})).toEqual({ hostCountry: 'LB' });
  });

  it('needs an unlocked vault', async () => {
    await h.call('vault.lock', {});
    expect((await h.fail('settings.get', {})).code).toBe('LOCKED');
    expect((await h.fail('settings.setHostCountry', { country: 'LB' })).code).toBe('LOCKED');
  });
});

describe('import.preview with a host country', () => {
  const csvFile = () => {
    const path = join(h.dir, 'registrations.csv');
    writeFileSync(path, 'Name,Surname,Mobile\nMaria,Santos,03 123 456\n');
    return path;
  };
  const phoneOf = (preview: { rows: { cells: { field: string; value: string | null }[] }[] }) =>
    preview.rows[0]?.cells.find((c) => c.field === 'phone')?.value;

  it('reads national numbers in the host country when the mapping names no country', async () => {
    const path = csvFile();
    const before = await h.call('import.preview', { path });
    expect(before.mapping.country).toBeUndefined();
    expect(phoneOf(before)).toBeNull();

    await h.call('settings.setHostCountry', { country: 'LB' });
    const after = await h.call('import.preview', { path });
    expect(after.mapping.country).toBe('LB');
    expect(phoneOf(after)).toBe('+9613123456');
  });

  it('keeps the country a mapping names', async () => {
    const path = csvFile();
    await h.call('settings.setHostCountry', { country: 'LB' });
    const preview = await h.call('import.preview', {
      path,
      mapping: { columns: { Name: 'given_names', Surname: 'surname', Mobile: 'phone' }, country: 'PH' },
    });
    expect(preview.mapping.country).toBe('PH');
  });
});
