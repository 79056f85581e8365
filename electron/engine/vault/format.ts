// The vault file layout, version 1:
//   magic "MUSTRVLT" (8) | header length u32 BE | header JSON | SHA-256 of everything before it (32)
//   | AES-256-GCM ciphertext of the SQLite database | GCM tag (16)
// The checksum is not a security measure (the GCM tag, with the header as AAD, is): it tells
// accidental damage to the header apart from a wrong passphrase before any key is derived.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { KdfParams } from '../../../shared/domain';
import { MusterError } from '../../../shared/errors';
import { checkKdfBounds } from './kdf';

export const VAULT_MAGIC = Buffer.from('MUSTRVLT', 'latin1');
export const FORMAT_VERSION = 1;
export const SALT_BYTES = 16;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
const KEY_CHECK_BYTES = 32;
const CHECKSUM_BYTES = 32;
/** Version 1 headers are a few hundred bytes; a bigger length field means the length itself is damaged. */
const MAX_HEADER_BYTES = 8192;
const FIXED_PREFIX = VAULT_MAGIC.length + 4;
/** Enough bytes to decode any version-1 header. */
export const HEADER_PROBE_BYTES = FIXED_PREFIX + MAX_HEADER_BYTES + CHECKSUM_BYTES;

function base64Of(bytes: number) {
  return z
    .string()
    .refine(
      (s) => Buffer.from(s, 'base64').length === bytes && Buffer.from(s, 'base64').toString('base64') === s,
    );
}

const HeaderSchema = z
  .object({
    formatVersion: z.literal(FORMAT_VERSION),
    kdf: KdfParams,
    salt: base64Of(SALT_BYTES),
    nonce: base64Of(NONCE_BYTES),
    keyCheck: base64Of(KEY_CHECK_BYTES),
    vaultId: z.string().min(1).max(100),
    generation: z.number().int().min(1),
    savedAt: z.string().min(1).max(40),
    ciphertextLength: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  })
  .strict();

export type VaultHeader = z.infer<typeof HeaderSchema>;

export interface DecodedPrefix {
  header: VaultHeader;
  /** Magic, length and header JSON: authenticated as GCM additional data. */
  aad: Buffer;
  /** Where the ciphertext starts. */
  bodyOffset: number;
}

/** Encodes everything before the ciphertext. Returns the bytes to write and the AAD they contain. */
export function encodePrefix(header: VaultHeader): { prefix: Buffer; aad: Buffer } {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  const aad = Buffer.concat([VAULT_MAGIC, length, json]);
  const checksum = createHash('sha256').update(aad).digest();
  return { prefix: Buffer.concat([aad, checksum]), aad };
}

const notAVault = () => new MusterError('NOT_A_VAULT', 'This file is not a Muster vault.');
const truncated = () =>
  new MusterError('VAULT_TRUNCATED', 'The vault file is incomplete (cut short); try its backup copy (.bak).');
const damaged = (detail: string) =>
  new MusterError('VAULT_DAMAGED', `The vault file is damaged (${detail}); try its backup copy (.bak).`);

function matchingMagicBytes(probe: Buffer): number {
  let same = 0;
  for (let i = 0; i < Math.min(probe.length, VAULT_MAGIC.length); i++)
    if (probe[i] === VAULT_MAGIC[i]) same++;
  return same;
}

/**
 * Decodes and checks the prefix of a vault file. `probe` holds the first bytes of the file (up to
 * HEADER_PROBE_BYTES) and `fileSize` its full size, so truncation is caught before any key work.
 */
export function decodePrefix(probe: Buffer, fileSize: number): DecodedPrefix {
  if (fileSize === 0) throw new MusterError('NOT_A_VAULT', 'This file is empty: it is not a Muster vault.');
  const same = matchingMagicBytes(probe);
  if (fileSize < VAULT_MAGIC.length) {
    if (same === fileSize) throw truncated();
    throw notAVault();
  }
  if (same < VAULT_MAGIC.length) {
    // One altered byte in the signature is damage to a vault, not a file of another kind.
    if (same === VAULT_MAGIC.length - 1) throw damaged('its signature is altered');
    throw notAVault();
  }
  if (fileSize < FIXED_PREFIX) throw truncated();
  const headerLength = probe.readUInt32BE(VAULT_MAGIC.length);
  if (headerLength < 2 || headerLength > MAX_HEADER_BYTES) throw damaged('its header length is invalid');
  const aadEnd = FIXED_PREFIX + headerLength;
  const bodyOffset = aadEnd + CHECKSUM_BYTES;
  if (fileSize < bodyOffset) throw truncated();
  const aad = Buffer.from(probe.subarray(0, aadEnd));
  const expected = createHash('sha256').update(aad).digest();
  if (!expected.equals(probe.subarray(aadEnd, bodyOffset)))
    throw damaged('its header checksum does not match');

  let raw: unknown;
  try {
    raw = JSON.parse(aad.subarray(FIXED_PREFIX).toString('utf8'));
  } catch {
    throw damaged('its header cannot be read');
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw damaged('its header has no valid format version');
  }
  if (version > FORMAT_VERSION) {
    throw new MusterError(
      'UNSUPPORTED_VERSION',
      `This vault was written by a newer Muster (file format ${version}); update Muster to open it.`,
    );
  }
  const parsed = HeaderSchema.safeParse(raw);
  if (!parsed.success) throw damaged('its header fields are invalid');
  const header = parsed.data;
  // Refused before any key derivation: a crafted header must not make unlocking exhaust memory or time.
  checkKdfBounds(header.kdf);

  const expectedSize = bodyOffset + header.ciphertextLength + TAG_BYTES;
  if (fileSize < expectedSize) throw truncated();
  if (fileSize > expectedSize) throw damaged('it has unexpected bytes at its end');
  return { header, aad, bodyOffset };
}
