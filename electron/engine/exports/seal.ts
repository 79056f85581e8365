// Sealing an export with age (https://age-encryption.org) before it is written: to a passphrase
// (scrypt) or to partners' X25519 / hybrid public keys. Recipients may be named from the vault's
// address book. A bad key fails before anything is written.
import { Encrypter } from 'age-encryption';
import { MusterError } from '../../../shared/errors';
import type { Seal } from '../../../shared/exports';

export interface SealOptions {
  /** scrypt work factor (log2 N) for passphrases; lower only in tests. */
  scryptWorkFactor?: number;
  /** Looks up an address-book name; undefined when there is none. */
  lookupKey?: (name: string) => string | undefined;
}

/** Resolves names to keys and checks every key, so a typo is found before the file exists. */
export function resolveRecipients(
  recipients: readonly string[],
  lookupKey?: SealOptions['lookupKey'],
): string[] {
  return recipients.map((given, i) => {
    const key = given.startsWith('age1') ? given : lookupKey?.(given);
    if (key === undefined) {
      throw new MusterError(
        'INVALID_INPUT',
        `Recipient ${i + 1} is neither an age public key nor in the address book.`,
      );
    }
    checkRecipientKey(key, i + 1);
    return key;
  });
}

export function checkRecipientKey(key: string, position = 1): void {
  try {
    new Encrypter().addRecipient(key);
  } catch {
    throw new MusterError('INVALID_INPUT', `Recipient ${position} is not a valid age public key (age1…).`);
  }
}

export async function seal(bytes: Uint8Array, how: Seal, options: SealOptions = {}): Promise<Uint8Array> {
  if (how.mode === 'plain') return bytes;
  const encrypter = new Encrypter();
  if (how.mode === 'passphrase') {
    if (options.scryptWorkFactor !== undefined) encrypter.setScryptWorkFactor(options.scryptWorkFactor);
    encrypter.setPassphrase(how.passphrase);
  } else {
    for (const key of resolveRecipients(how.recipients, options.lookupKey)) encrypter.addRecipient(key);
  }
  return encrypter.encrypt(bytes);
}
