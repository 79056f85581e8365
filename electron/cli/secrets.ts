// Passphrases reach the CLI from the environment or a file, never argv (visible in `ps` and shell history).
import { readFileSync } from 'node:fs';
import { MusterError } from '../../shared/errors';
import { UsageError } from './usage';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a passphrase file: UTF-8 only, one trailing line break dropped (editors add one). */
export function readPassphraseFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new MusterError(
      code === 'ENOENT' ? 'NOT_FOUND' : 'IO_ERROR',
      `Cannot read the passphrase file (${code ?? 'error'}).`,
    );
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new MusterError('INVALID_INPUT', 'The passphrase file is not valid UTF-8 text.');
  } finally {
    bytes.fill(0);
  }
  return text.replace(/\r?\n$/, '');
}

export interface SecretSources {
  env: NodeJS.ProcessEnv;
  envName: string;
  file: string | undefined;
  what: string;
}

export function readSecret({ env, envName, file, what }: SecretSources): string {
  if (file !== undefined) return readPassphraseFile(file);
  const fromEnv = env[envName];
  if (fromEnv !== undefined) return fromEnv;
  throw new UsageError(`No ${what}: set ${envName} or pass a file with the matching --…-file option.`);
}

/** The vault passphrase every command needs: `--passphrase-file` first, else MUSTER_PASSPHRASE. */
export function readVaultPassphrase(
  io: { env: NodeJS.ProcessEnv },
  file: unknown,
  what = 'passphrase',
): string {
  return readSecret({
    env: io.env,
    envName: 'MUSTER_PASSPHRASE',
    file: typeof file === 'string' ? file : undefined,
    what,
  });
}
