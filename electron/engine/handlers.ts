// All engine handlers in one table. Typed as HandlerTable: a contract method without a handler
// (or a handler with the wrong parameter or result type) does not compile.
import { auditHandlers } from './audit/app';
import type { EngineDeps } from './deps';
import { importHandlers } from './import/app';
import { jobHandlers } from './jobs/app';
import { peopleHandlers } from './people/app';
import { sessionHandlers } from './session/app';
import { settingsHandlers } from './settings/app';
import type { HandlerTable } from './types';
import { vaultHandlers } from './vault/app';

export function createHandlerTable(deps: EngineDeps): HandlerTable {
  return {
    ...vaultHandlers(deps),
    ...sessionHandlers(deps),
    ...auditHandlers(deps),
    ...importHandlers(deps),
    ...peopleHandlers(deps),
    ...jobHandlers(deps),
    ...settingsHandlers(deps),
  };
}
