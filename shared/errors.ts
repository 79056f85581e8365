// Error codes that cross the IPC boundary. Each is a distinct situation the officer
// can act on, so the UI and the CLI can say exactly what went wrong.
export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'NOT_A_VAULT',
  'VAULT_TRUNCATED',
  'VAULT_DAMAGED',
  'JOURNAL_DAMAGED',
  'UNSUPPORTED_VERSION',
  'VAULT_LOCKED_BY_OTHER',
  'VAULT_EXISTS',
  'NOT_FOUND',
  'NOT_WRITABLE',
  'DISK_FULL',
  'IO_ERROR',
  'INVALID_INPUT',
  'LOCKED',
  'CANCELLED',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  /** One line, safe to show: it never contains personal data. */
  message: string;
}

/** Thrown anywhere in the engine or shell for a situation the user should be told about. */
export class MusterError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MusterError';
    this.code = code;
  }
  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}

export function isMusterError(e: unknown): e is MusterError {
  return e instanceof MusterError;
}

/**
 * Turns any thrown value into something safe to send to the UI or print. Unknown errors
 * become INTERNAL with a generic message: their text may quote data (an SQL value, a row)
 * and must not reach logs or the screen.
 */
export function toErrorInfo(e: unknown): ErrorInfo {
  if (isMusterError(e)) return e.toInfo();
  return { code: 'INTERNAL', message: 'An internal error occurred. No data was changed by the failed step.' };
}

/** The result of every call across the boundary: errors are values, not exceptions, so their codes survive. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
