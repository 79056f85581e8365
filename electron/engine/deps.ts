// What the handlers of every domain share, built once per engine.
import type { KdfParams } from '../../shared/domain';
import { MusterError } from '../../shared/errors';
import type { JobRegistry } from './jobs/jobs';
import type { Session } from './session/session';
import type { Vault } from './vault/vault';

export interface EngineDeps {
  session: Session;
  jobs: JobRegistry;
  now: () => Date;
  defaultKdf: KdfParams;
  /** True in the app's engine worker: see `EngineOptions.soleEngineInProcess`. */
  soleEngineInProcess: boolean;
}

/** The open vault and its operator, or LOCKED. */
export function requireOpenVault(deps: EngineDeps): { vault: Vault; operator: string } {
  const current = deps.session.current;
  if (!current) throw new MusterError('LOCKED', 'The vault is locked; unlock it first.');
  return current;
}
