// Operating-system errors become the codes the officer can act on. Messages name the action,
// never the path: a path can hold a person's or an officer's name.
import { MusterError } from '../../../shared/errors';

export function errnoOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined;
}

/** Maps a failure while writing `what` (e.g. "save the vault") to a MusterError. */
export function writeError(e: unknown, what: string): MusterError {
  if (e instanceof MusterError) return e;
  const code = errnoOf(e);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new MusterError('DISK_FULL', `Cannot ${what}: the disk is full.`, { cause: e });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new MusterError('NOT_WRITABLE', `Cannot ${what}: the folder is read-only or not writable.`, {
        cause: e,
      });
    case 'ENOENT':
    case 'ENOTDIR':
      return new MusterError('NOT_FOUND', `Cannot ${what}: the folder does not exist.`, { cause: e });
    default:
      return new MusterError('IO_ERROR', `Cannot ${what}: input/output error (${code ?? 'unknown'}).`, {
        cause: e,
      });
  }
}

/** Maps a failure while reading `what` (e.g. "the vault file") to a MusterError. */
export function readError(e: unknown, what: string): MusterError {
  if (e instanceof MusterError) return e;
  const code = errnoOf(e);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new MusterError('NOT_FOUND', `No such file: ${what} was not found.`, { cause: e });
    case 'EISDIR':
      return new MusterError('NOT_A_VAULT', `This is a folder, not a Muster vault.`, { cause: e });
    case 'EACCES':
    case 'EPERM':
      return new MusterError('IO_ERROR', `Cannot read ${what}: permission denied.`, { cause: e });
    default:
      return new MusterError('IO_ERROR', `Cannot read ${what}: input/output error (${code ?? 'unknown'}).`, {
        cause: e,
      });
  }
}
