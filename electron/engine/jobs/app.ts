import type { EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';

export function jobHandlers(deps: EngineDeps): PartialHandlers<'job.cancel'> {
  return {
    'job.cancel': async ({ requestId }) => deps.jobs.cancel(requestId),
  };
}
