// What the officer reads when a call fails: one distinct sentence per situation, saying what
// happened and what to do. Codes without a sentence here fall back to the engine's message,
// which by contract never contains personal data.
import type { ErrorCode } from '../../shared/errors';
import { toApiError } from './api';

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  WRONG_PASSPHRASE: 'Wrong passphrase. Nothing was changed.',
  NOT_A_VAULT: 'This file is not a Muster vault. Choose the .muster file of your vault.',
  VAULT_TRUNCATED:
    'This vault file is incomplete: it was cut short, perhaps by an interrupted copy. Nothing was changed. Open the backup (.muster.bak) beside it or another copy.',
  VAULT_DAMAGED:
    'This vault file is damaged: it failed its integrity check. Nothing was changed. Open the backup (.muster.bak) beside it or another copy.',
  JOURNAL_DAMAGED:
    'The vault’s journal of recent changes is damaged. Nothing was changed. Keep the files as they are and ask for technical help.',
  UNSUPPORTED_VERSION: 'This vault was written by a newer version of Muster. Update Muster to open it.',
  VAULT_LOCKED_BY_OTHER:
    'This vault is already open in another Muster window or on another computer. Lock it there, then try again.',
  VAULT_EXISTS: 'A file already exists at this location. Choose another name, or open that vault instead.',
  NOT_FOUND:
    'There is no vault at this location. It may have been moved, renamed or be on a drive that is not connected.',
  NOT_WRITABLE: 'Muster cannot write to this location. Choose a folder you are allowed to write to.',
  DISK_FULL: 'The disk is full. Free some space, then try again.',
  IO_ERROR: 'The drive could not be read or written. Check that it is connected, then try again.',
  LOCKED: 'The vault is locked. Unlock it to continue.',
  CANCELLED: 'Cancelled. Nothing was changed.',
};

export function describeErrorCode(code: ErrorCode, fallback: string): string {
  return MESSAGES[code] ?? fallback;
}

/** The sentence to show for anything a call threw. */
export function describeError(error: unknown): string {
  const apiError = toApiError(error);
  return describeErrorCode(apiError.code, apiError.message);
}
