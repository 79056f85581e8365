// Reading and writing the vault file itself: one encrypted snapshot of the whole database.
import { randomBytes } from 'node:crypto';
import { MusterError } from '../../../shared/errors';
import type { KdfParams } from '../../../shared/domain';
import { decryptChunked, encryptChunked } from './cipher';
import { headroomFor } from './sqlite';
import { writeFileAtomically } from './durableFile';
import {
  decodePrefix,
  encodePrefix,
  FORMAT_VERSION,
  HEADER_PROBE_BYTES,
  NONCE_BYTES,
  TAG_BYTES,
} from './format';
import type { DecodedPrefix, VaultHeader } from './format';
import type { FsLayer } from './fsLayer';
import { readAt } from './fsLayer';
import { readError } from './ioErrors';

export function backupPathFor(vaultPath: string): string {
  return `${vaultPath}.bak`;
}

/** What a snapshot's header says besides its encryption details. */
export interface SnapshotMeta {
  kdf: KdfParams;
  salt: Buffer;
  vaultId: string;
  generation: number;
  savedAt: string;
}

export interface OpenedSnapshot extends DecodedPrefix {
  fd: number;
  size: number;
}

/** Opens the vault file and checks its prefix (format, truncation, header checksum). Caller closes `fd`. */
export function openSnapshot(fs: FsLayer, path: string): OpenedSnapshot {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (e) {
    throw readError(e, 'the vault file');
  }
  try {
    const size = fs.fstatSync(fd).size;
    const probe = Buffer.alloc(Math.min(size, HEADER_PROBE_BYTES));
    readAt(fs, fd, probe, 0, probe.length, 0);
    return { fd, size, ...decodePrefix(probe, size) };
  } catch (e) {
    fs.closeSync(fd);
    throw readError(e, 'the vault file');
  }
}

export function metaOf(header: VaultHeader): SnapshotMeta {
  return {
    kdf: header.kdf,
    salt: Buffer.from(header.salt, 'base64'),
    vaultId: header.vaultId,
    generation: header.generation,
    savedAt: header.savedAt,
  };
}

/** Decrypts the database bytes; VAULT_DAMAGED when the GCM tag does not authenticate them. */
export async function decryptSnapshot(
  fs: FsLayer,
  opened: OpenedSnapshot,
  key: Buffer,
  between: (done: number, total: number) => Promise<void>,
): Promise<Buffer> {
  const { header, fd } = opened;
  const tag = Buffer.alloc(TAG_BYTES);
  const tagAt = opened.bodyOffset + header.ciphertextLength;
  const read = (into: Buffer, position: number, length: number) => {
    if (readAt(fs, fd, into, 0, length, position) !== length)
      throw new MusterError('VAULT_TRUNCATED', 'The vault file shrank while being read.');
  };
  try {
    read(tag, tagAt, TAG_BYTES);
    const plaintext = await decryptChunked(
      key,
      Buffer.from(header.nonce, 'base64'),
      opened.aad,
      {
        read: (into, offset, length) => read(into, opened.bodyOffset + offset, length),
        length: header.ciphertextLength,
        tag,
      },
      between,
      headroomFor(header.ciphertextLength),
    );
    if (plaintext === null) {
      throw new MusterError(
        'VAULT_DAMAGED',
        'The vault file is damaged (its contents fail the integrity check); try its backup copy (.bak).',
      );
    }
    return plaintext;
  } catch (e) {
    throw readError(e, 'the vault file');
  }
}

export interface SnapshotWrite {
  meta: SnapshotMeta;
  key: Buffer;
  keyCheck: Buffer;
  plaintext: Uint8Array;
  /** Creating a vault: never replace an existing file. */
  exclusive?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Writes a snapshot atomically under a fresh nonce, keeping the replaced one as `<vault>.bak`. */
export function writeSnapshot(fs: FsLayer, path: string, w: SnapshotWrite): void {
  const nonce = randomBytes(NONCE_BYTES);
  const header: VaultHeader = {
    formatVersion: FORMAT_VERSION,
    kdf: w.meta.kdf,
    salt: w.meta.salt.toString('base64'),
    nonce: nonce.toString('base64'),
    keyCheck: w.keyCheck.toString('base64'),
    vaultId: w.meta.vaultId,
    generation: w.meta.generation,
    savedAt: w.meta.savedAt,
    ciphertextLength: w.plaintext.length,
  };
  const { prefix, aad } = encodePrefix(header);
  writeFileAtomically(
    fs,
    path,
    (write) => {
      write(prefix);
      write(encryptChunked(w.key, nonce, aad, w.plaintext, write, w.onProgress));
    },
    {
      what: 'save the vault',
      exclusive: w.exclusive,
      backupPath: w.exclusive ? undefined : backupPathFor(path),
    },
  );
}
