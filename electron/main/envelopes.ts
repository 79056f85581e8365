// Envelopes the shell builds itself. Messages are fixed sentences: nothing the renderer
// or the engine sent is ever echoed back, so no stray value can leak through them.
import { ERROR_CODES, type Envelope, type ErrorCode } from '../../shared/errors';

export function failure(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

export const FORBIDDEN = failure('FORBIDDEN', 'This request did not come from the Muster window.');
export const UNKNOWN_METHOD = failure('UNKNOWN_METHOD', 'Muster does not know this request.');
export const MALFORMED_REQUEST = failure('INVALID_INPUT', 'The request was malformed.');
export const INTERNAL = failure(
  'INTERNAL',
  'An internal error occurred. No data was changed by the failed step.',
);

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * Passes the engine's envelope on only if it has the expected shape; anything else
 * becomes INTERNAL, so a faulty engine message can never carry raw text to the window.
 */
export function sanitizeEnvelope(raw: unknown): Envelope<unknown> {
  if (typeof raw !== 'object' || raw === null) return INTERNAL;
  const candidate = raw as { ok?: unknown; value?: unknown; error?: unknown };
  if (candidate.ok === true) return { ok: true, value: candidate.value };
  if (candidate.ok !== false || typeof candidate.error !== 'object' || candidate.error === null)
    return INTERNAL;
  const { code, message } = candidate.error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || !KNOWN_CODES.has(code) || typeof message !== 'string') return INTERNAL;
  return failure(code as ErrorCode, message);
}
