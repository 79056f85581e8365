// Error sentences for the Exports screens. The app-wide sentence for NOT_FOUND speaks of a missing
// vault file; here it means an area, a profile or a recipient that is gone, which the engine's own
// message (never personal data, by contract) says plainly. NOT_WRITABLE keeps the app-wide sentence.
import { toApiError } from '../api';
import { describeError } from '../errorMessages';

export function describeExportError(error: unknown): string {
  const apiError = toApiError(error);
  if (apiError.code === 'NOT_FOUND') return apiError.message;
  return describeError(apiError);
}
