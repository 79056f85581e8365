// Partners' age public keys, kept in the vault so exports can be sealed "to IOM Beirut" by name.
import { MusterError } from '../../../shared/errors';
import type { AddressBookEntry } from '../../../shared/exports';
import { recordAudit } from '../audit/audit';
import type { Vault } from '../vault/vault';
import { checkRecipientKey } from './seal';

interface Row {
  name: string;
  public_key: string;
  note: string | null;
  added_at: string;
  added_by: string;
}

const toEntry = (r: Row): AddressBookEntry => ({
  name: r.name,
  publicKey: r.public_key,
  note: r.note,
  addedAt: r.added_at,
  addedBy: r.added_by,
});

export function listAddressBook(vault: Vault): AddressBookEntry[] {
  return vault.query<Row>('SELECT * FROM address_book ORDER BY name COLLATE NOCASE').map(toEntry);
}

export function keyOfName(vault: Vault, name: string): string | undefined {
  return vault.query<{ public_key: string }>(
    'SELECT public_key FROM address_book WHERE name = ? COLLATE NOCASE',
    [name],
  )[0]?.public_key;
}

export async function addToAddressBook(
  vault: Vault,
  actor: { operator: string; now: () => Date },
  entry: { name: string; publicKey: string; note?: string | undefined },
): Promise<AddressBookEntry> {
  checkRecipientKey(entry.publicKey);
  if (keyOfName(vault, entry.name) !== undefined) {
    throw new MusterError('INVALID_INPUT', 'The address book already has a recipient of that name.');
  }
  if (vault.query('SELECT 1 FROM address_book WHERE public_key = ?', [entry.publicKey]).length > 0) {
    throw new MusterError('INVALID_INPUT', 'That key is already in the address book under another name.');
  }
  const at = actor.now();
  await vault.mutate([
    {
      sql: 'INSERT INTO address_book (name, public_key, note, added_at, added_by) VALUES (?, ?, ?, ?, ?)',
      params: [entry.name, entry.publicKey, entry.note ?? null, at.toISOString(), actor.operator],
    },
  ]);
  await recordAudit(vault, {
    operator: actor.operator,
    action: 'addressBook.add',
    object: `recipient ${entry.name}`,
    at,
  });
  return listAddressBook(vault).find((e) => e.publicKey === entry.publicKey)!;
}

export async function removeFromAddressBook(
  vault: Vault,
  actor: { operator: string; now: () => Date },
  name: string,
): Promise<void> {
  if (keyOfName(vault, name) === undefined) throw new MusterError('NOT_FOUND', 'No recipient of that name.');
  const at = actor.now();
  await vault.mutate([{ sql: 'DELETE FROM address_book WHERE name = ? COLLATE NOCASE', params: [name] }]);
  await recordAudit(vault, {
    operator: actor.operator,
    action: 'addressBook.remove',
    object: `recipient ${name}`,
    at,
  });
}
