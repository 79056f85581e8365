// One Argon2 output, several purpose-bound keys: the key check, the snapshot key and the journal
// key never share a key, so a property of one use cannot leak into another.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { KEY_BYTES } from './kdf';

const KEY_CHECK_LABEL = 'muster key check v1';
const SNAPSHOT_LABEL = 'muster snapshot key v1';
const JOURNAL_LABEL = 'muster journal key v1';

export interface VaultKeys {
  snapshotKey: Buffer;
  journalKey: Buffer;
  keyCheck: Buffer;
}

function subkey(master: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), label, KEY_BYTES));
}

/** Derives the working keys and wipes the master key: nothing keeps it afterwards. */
export function deriveVaultKeys(master: Buffer): VaultKeys {
  try {
    return {
      keyCheck: createHmac('sha256', master).update(KEY_CHECK_LABEL).digest(),
      snapshotKey: subkey(master, SNAPSHOT_LABEL),
      journalKey: subkey(master, JOURNAL_LABEL),
    };
  } finally {
    master.fill(0);
  }
}

export function keyCheckMatches(keys: VaultKeys, stored: Buffer): boolean {
  return stored.length === keys.keyCheck.length && timingSafeEqual(stored, keys.keyCheck);
}

export function wipeKeys(keys: VaultKeys | null): void {
  if (!keys) return;
  keys.snapshotKey.fill(0);
  keys.journalKey.fill(0);
  keys.keyCheck.fill(0);
}
