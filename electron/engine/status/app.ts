// Where each person stands during a crisis: bulk changes, per-person history, the dashboard counts.
import { requireOpenVault, type EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';
import { statusDashboard } from './dashboard';
import { statusRoster } from './roster';
import { setStatus, statusHistory } from './setStatus';

export function statusHandlers(
  deps: EngineDeps,
): PartialHandlers<'status.set' | 'status.dashboard' | 'status.history' | 'status.roster'> {
  return {
    'status.set': async (change, ctx) => {
      const { vault, operator } = requireOpenVault(deps);
      return setStatus(vault, { operator, now: deps.now }, change, ctx);
    },
    'status.dashboard': async (_params, ctx) =>
      statusDashboard(requireOpenVault(deps).vault, deps.now(), ctx),
    'status.history': async ({ personId }) => statusHistory(requireOpenVault(deps).vault, personId),
    'status.roster': async (request, ctx) =>
      statusRoster(requireOpenVault(deps).vault, request, deps.now(), ctx),
  };
}
