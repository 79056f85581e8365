// `info` and `audit` only read: they open the vault without taking its write lock, so they
// work while the app has it open, and they never change a byte on disk.
import { Vault } from '../../engine/vault/vault';
import { COMMON_OPTIONS, parse, positional } from '../args';
import type { CliIO } from '../context';
import { readVaultPassphrase } from '../secrets';

export async function withReadOnlyVault<T>(
  argv: string[],
  io: CliIO,
  extra: Parameters<typeof parse>[1],
  work: (vault: Vault, values: Record<string, unknown>) => Promise<T> | T,
): Promise<T> {
  const { values, positionals } = parse(argv, { ...COMMON_OPTIONS, ...extra });
  const path = positional(positionals, 0, 'vault');
  const passphrase = readVaultPassphrase(io, values['passphrase-file']);
  const vault = await Vault.open(path, passphrase, { readOnly: true });
  try {
    return await work(vault, values);
  } finally {
    await vault.close();
  }
}
