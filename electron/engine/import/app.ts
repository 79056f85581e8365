import { requireOpenVault, type EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';
import { exportRejects, listBatches, listRejects, undoBatch } from './pipeline/batches';
import { previewImport } from './pipeline/preview';
import { runImport } from './pipeline/runImport';
import { listTemplates } from './pipeline/templates';

export function importHandlers(
  deps: EngineDeps,
): PartialHandlers<
  | 'import.preview'
  | 'import.run'
  | 'import.batches'
  | 'import.rejects'
  | 'import.exportRejects'
  | 'import.undo'
  | 'import.templates'
> {
  return {
    'import.preview': async (params) => previewImport(requireOpenVault(deps).vault, params),
    'import.run': async (params, ctx) => {
      const { vault, operator } = requireOpenVault(deps);
      return runImport(vault, operator, params, ctx, deps.now);
    },
    'import.batches': async () => listBatches(requireOpenVault(deps).vault),
    'import.rejects': async ({ batchId, limit }) => listRejects(requireOpenVault(deps).vault, batchId, limit),
    'import.exportRejects': async ({ batchId, path }) =>
      exportRejects(requireOpenVault(deps).vault, batchId, path),
    'import.undo': async ({ batchId }) => {
      const { vault, operator } = requireOpenVault(deps);
      return undoBatch(vault, operator, batchId, deps.now);
    },
    'import.templates': async () => listTemplates(requireOpenVault(deps).vault),
  };
}
