// Connects the in-process engine to the main process's request router, where the app has
// its worker host: envelopes are sanitised the same way, and vaults are only created or
// opened inside the test's own folder, so a page on the bridge cannot reach other files.
import type { Engine } from '../../electron/engine/types';
import type { EngineHost } from '../../electron/main/engineHost';
import { failure, sanitizeEnvelope } from '../../electron/main/envelopes';

const OPENS_A_VAULT: ReadonlySet<string> = new Set(['vault.create', 'vault.unlock']);
const OUTSIDE = failure('FORBIDDEN', 'The test bridge opens vaults in its own folder only.');
// Imports read a file and exports write one: the same fence applies to them.
const TOUCHES_A_FILE: ReadonlySet<string> = new Set([
  'import.preview',
  'import.run',
  'import.exportRejects',
  'export.manifest',
  'export.contacts',
  'export.aggregate',
]);
const FILE_OUTSIDE = failure('FORBIDDEN', 'The test bridge reads and writes files in its own folder only.');

function vaultPathOf(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null || !('path' in params)) return undefined;
  return typeof params.path === 'string' ? params.path : undefined;
}

export function scopedEngineHost(
  engine: Engine,
  contains: (path: string) => boolean,
): Pick<EngineHost, 'request'> {
  return {
    async request(method, params, requestId) {
      if (OPENS_A_VAULT.has(method)) {
        const path = vaultPathOf(params);
        if (path === undefined || !contains(path)) return OUTSIDE;
      }
      if (TOUCHES_A_FILE.has(method)) {
        const path = vaultPathOf(params);
        if (path === undefined || !contains(path)) return FILE_OUTSIDE;
      }
      return sanitizeEnvelope(await engine.handle(method, params, requestId));
    },
  };
}
