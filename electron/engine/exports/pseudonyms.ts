// Pseudonymous references: an HMAC of the person's number under a key kept in the vault, so the crisis
// cell can trace a reply back ("P3F9A…" → person) while the recipient cannot. The profile name is
// mixed in: two partners receiving lists under different profiles cannot join them on the reference.
import { createHmac, randomBytes } from 'node:crypto';
import type { Vault } from '../vault/vault';

const KEY = 'exports.pseudonym_key';

export async function pseudonymKey(vault: Vault): Promise<Buffer> {
  const existing = vault.query<{ value: string }>('SELECT value FROM meta WHERE key = ?', [KEY])[0];
  if (existing) return Buffer.from(existing.value, 'hex');
  const key = randomBytes(32).toString('hex');
  await vault.mutate([{ sql: 'INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)', params: [KEY, key] }]);
  return Buffer.from(
    vault.query<{ value: string }>('SELECT value FROM meta WHERE key = ?', [KEY])[0]!.value,
    'hex',
  );
}

export function pseudonymizer(key: Buffer, profile: string): (personId: number) => string {
  return (personId) =>
    'P' + createHmac('sha256', key).update(`${profile}:${personId}`).digest('hex').slice(0, 12).toUpperCase();
}

/** Finds the person behind a reference (for the crisis cell, never exported). */
export function personOfReference(
  key: Buffer,
  profile: string,
  reference: string,
  candidates: Iterable<number>,
): number | undefined {
  const ref = pseudonymizer(key, profile);
  for (const id of candidates) if (ref(id) === reference) return id;
  return undefined;
}
