// Passphrase → key, with Argon2id (hash-wasm). The parameters travel in each vault's header,
// so a later Muster can raise them for new vaults and still open old ones.
import { argon2id } from 'hash-wasm';
import { KdfParams } from '../../../shared/domain';
import { MusterError } from '../../../shared/errors';

/**
 * 128 MiB and 3 passes, one lane. Tuned so that unlocking takes 0.5–1 s on the 2-core reference
 * machine (measured 0.75 s; 64 MiB gave only 0.3 s): each guess costs an attacker as much, and memory
 * hardness is what defeats GPU farms. One lane because hash-wasm computes lanes one after the other,
 * so more lanes would only help an attacker with parallel hardware. The parameters travel in the
 * header, so older vaults keep opening with theirs.
 */
export const DEFAULT_KDF: KdfParams = {
  name: 'argon2id',
  memoryKiB: 128 * 1024,
  iterations: 3,
  parallelism: 1,
};

/** hash-wasm runs in 32-bit WebAssembly memory: above this it cannot allocate the Argon2 matrix. */
const MAX_MEMORY_KIB = 2 * 1024 * 1024;

export const KEY_BYTES = 32;

/** Refuses parameters a header could carry that would hang or exhaust the machine, or that Argon2 rejects. */
export function checkKdfBounds(params: KdfParams): void {
  const parsed = KdfParams.safeParse(params);
  if (!parsed.success || params.memoryKiB > MAX_MEMORY_KIB || params.memoryKiB < 8 * params.parallelism) {
    throw new MusterError(
      'VAULT_DAMAGED',
      'The vault file is damaged: its key-derivation settings are outside safe bounds.',
    );
  }
}

/**
 * Unicode NFC first: the same passphrase typed on macOS (which may produce decomposed accents) and
 * on Windows gives the same key. The encoded passphrase is wiped once hashed.
 */
export async function deriveMasterKey(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Buffer> {
  const password = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  try {
    const out = await argon2id({
      password,
      salt,
      iterations: params.iterations,
      memorySize: params.memoryKiB,
      parallelism: params.parallelism,
      hashLength: KEY_BYTES,
      outputType: 'binary',
    });
    const key = Buffer.from(out);
    out.fill(0);
    return key;
  } finally {
    password.fill(0);
  }
}
