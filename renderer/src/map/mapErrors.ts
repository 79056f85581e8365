// Messages for failed map calls. The shared table speaks of vaults for NOT_FOUND; on the map a
// missing thing is an area or assembly point someone else (or an undo) removed.
import { toApiError } from '../api';
import { describeError } from '../errorMessages';

export function describeMapError(error: unknown): string {
  const apiError = toApiError(error);
  if (apiError.code === 'NOT_FOUND')
    return 'This no longer exists in the vault: it may have been deleted. The list is up to date again.';
  return describeError(apiError);
}
