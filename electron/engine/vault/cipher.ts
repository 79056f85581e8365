// AES-256-GCM through Node's streaming cipher, in chunks: WebCrypto cannot stream and fails on
// inputs near 2 GiB, and chunking lets a cancel or a progress report through during big vaults.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { NONCE_BYTES, TAG_BYTES } from './format';

const ALGORITHM = 'aes-256-gcm';
const CHUNK_BYTES = 8 * 1024 * 1024;

export interface ChunkProgress {
  (done: number, total: number): void;
}

/** Encrypts `plaintext`, handing each ciphertext chunk to `sink` as soon as it exists; returns the tag. */
export function encryptChunked(
  key: Buffer,
  nonce: Buffer,
  aad: Buffer,
  plaintext: Uint8Array,
  sink: (chunk: Buffer) => void,
  onProgress?: ChunkProgress,
): Buffer {
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  for (let offset = 0; offset < plaintext.length; offset += CHUNK_BYTES) {
    const end = Math.min(plaintext.length, offset + CHUNK_BYTES);
    sink(cipher.update(plaintext.subarray(offset, end)));
    onProgress?.(end, plaintext.length);
  }
  const last = cipher.final();
  if (last.length > 0) sink(last);
  return cipher.getAuthTag();
}

export interface DecryptSource {
  /** Fills `into` with `length` ciphertext bytes starting `offset` bytes into the ciphertext. */
  read(into: Buffer, offset: number, length: number): void;
  length: number;
  tag: Buffer;
}

/**
 * Decrypts into one buffer of the plaintext's size (the buffer later becomes the database's memory,
 * so no second copy of a big vault exists). Returns null when authentication fails; the partial
 * plaintext is wiped first. `between` runs after each chunk (yield for cancellation, progress).
 * `headroom` bytes are reserved after the plaintext in the same allocation (see sqlite.ts: room for
 * the database to grow in place); the result is a view of the plaintext alone.
 */
export async function decryptChunked(
  key: Buffer,
  nonce: Buffer,
  aad: Buffer,
  source: DecryptSource,
  between?: (done: number, total: number) => Promise<void>,
  headroom = 0,
): Promise<Buffer | null> {
  const decipher = createDecipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(source.tag);
  // Never from Buffer's shared pool: this memory becomes the database and is wiped on close.
  // The headroom is left untouched: fresh pages from the system cost nothing until written.
  const whole = Buffer.allocUnsafeSlow(source.length + headroom);
  const plaintext = whole.subarray(0, source.length);
  const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(1, source.length)));
  let written = 0;
  try {
    for (let offset = 0; offset < source.length; offset += chunk.length) {
      const length = Math.min(chunk.length, source.length - offset);
      const view = chunk.subarray(0, length);
      source.read(view, offset, length);
      written += decipher.update(view).copy(plaintext, written);
      if (between) await between(offset + length, source.length);
    }
  } catch (e) {
    whole.fill(0);
    throw e;
  } finally {
    chunk.fill(0);
  }
  try {
    decipher.final();
  } catch {
    // GCM reports a failed tag check this way: damaged bytes, or a header altered after writing.
    whole.fill(0);
    return null;
  }
  return plaintext;
}

/** Seals a small message (a journal record) under a fresh random nonce. */
export function seal(key: Buffer, aad: Buffer, plaintext: Buffer): { nonce: Buffer; sealed: Buffer } {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { nonce, sealed };
}

/** Opens a sealed message; null when it is not authentic under this key and AAD. */
export function unseal(key: Buffer, nonce: Buffer, aad: Buffer, sealed: Buffer): Buffer | null {
  if (sealed.length < TAG_BYTES) return null;
  const decipher = createDecipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const body = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([body, decipher.final()]);
  } catch {
    body.fill(0);
    return null;
  }
}
