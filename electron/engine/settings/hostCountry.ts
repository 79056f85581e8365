// The vault's host country: the country the unit works in, kept in the vault's `meta` table so it
// travels with the vault. Imports use it as the default phone country when a mapping names none.
import countries from 'i18n-iso-countries';
import { MusterError } from '../../../shared/errors';
import { recordAudit } from '../audit/audit';
import type { Vault } from '../vault/vault';

const KEY = 'host_country';

export function readHostCountry(vault: Vault): string | null {
  const row = vault.query<{ value: string }>('SELECT value FROM meta WHERE key = ?', [KEY])[0];
  return row && countries.isValid(row.value) ? row.value : null;
}

export async function writeHostCountry(
  vault: Vault,
  operator: string,
  country: string,
  now: () => Date,
): Promise<string> {
  const code = country.trim().toUpperCase();
  if (!countries.isValid(code)) {
    throw new MusterError('INVALID_INPUT', 'This is not an ISO 3166-1 country code.');
  }
  const before = readHostCountry(vault);
  if (before === code) return code;
  await vault.mutate([
    {
      sql: 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      params: [KEY, code],
    },
  ]);
  // A country code says nothing about any person, so it may name the object of the entry.
  await recordAudit(vault, { operator, action: 'settings.hostCountry', object: code, at: now() });
  return code;
}
