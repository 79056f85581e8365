// Error sentences for the Duplicates screens. The app-wide sentence for NOT_FOUND speaks of a
// missing vault file; from matching it means a record or a run that does not exist, which the
// engine's own message (never personal data, by contract) already says plainly.
import { toApiError } from '../api';
import { describeError } from '../errorMessages';

export function describeMatchError(error: unknown): string {
  const apiError = toApiError(error);
  if (apiError.code === 'NOT_FOUND') return apiError.message;
  return describeError(apiError);
}
