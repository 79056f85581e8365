// All engine handlers in one table. Typed as HandlerTable: a contract method without a handler
// (or a handler with the wrong parameter or result type) does not compile.
import { areaHandlers } from './areas/app';
import { auditHandlers } from './audit/app';
import type { EngineDeps } from './deps';
import { exportHandlers } from './exports/app';
import { importHandlers } from './import/app';
import { jobHandlers } from './jobs/app';
import { matchHandlers } from './match/app';
import { peopleHandlers } from './people/app';
import { sessionHandlers } from './session/app';
import { settingsHandlers } from './settings/app';
import { statusHandlers } from './status/app';
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
    ...matchHandlers(deps),
    ...settingsHandlers(deps),
    ...areaHandlers(deps),
    ...statusHandlers(deps),
    ...exportHandlers(deps),
  };
}
