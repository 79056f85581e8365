import { requireOpenVault, type EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';
import { listAudit } from './audit';

export function auditHandlers(deps: EngineDeps): PartialHandlers<'audit.list'> {
  return {
    'audit.list': async ({ limit, beforeId }) => listAudit(requireOpenVault(deps).vault, { limit, beforeId }),
  };
}
