// Thin wrapper over node:util parseArgs that turns its errors into usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  'passphrase-file': { type: 'string' },
  operator: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export function parse<O extends Options>(argv: string[], options: O) {
  // A passphrase on the command line would sit in shell history and `ps`: refuse it loudly.
  if (
    argv.some(
      (a) => a === '--passphrase' || a.startsWith('--passphrase=') || a.startsWith('--new-passphrase='),
    )
  ) {
    throw new UsageError(
      'Passphrases are never taken from the command line: use MUSTER_PASSPHRASE or --passphrase-file.',
    );
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function positional(positionals: string[], index: number, name: string): string {
  const value = positionals[index];
  if (value === undefined || value === '') throw new UsageError(`Missing <${name}>.`);
  return value;
}
