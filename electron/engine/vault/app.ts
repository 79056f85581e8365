// Handlers for the vault's lifecycle. Every one of these actions lands in the audit trail.
import { resolve } from 'node:path';
import type { VaultSummary } from '../../../shared/domain';
import { recordAudit } from '../audit/audit';
import { requireOpenVault, type EngineDeps } from '../deps';
import type { JobContext, PartialHandlers } from '../types';
import { Vault } from './vault';

type VaultMethods =
  'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.info' | 'vault.save' | 'vault.changePassphrase';

function summary(vault: Vault, operator: string): VaultSummary {
  return { ...vault.info(), operator };
}

/** Audits the opening and hands the vault to the session; a vault that cannot be audited is not kept open. */
async function adopt(deps: EngineDeps, vault: Vault, operator: string, action: string, ctx: JobContext) {
  try {
    await ctx.checkpoint();
    await recordAudit(vault, { operator, action, at: deps.now() });
  } catch (e) {
    await vault.close();
    throw e;
  }
  deps.session.attach(vault, operator);
  return summary(vault, operator);
}

export function vaultHandlers(deps: EngineDeps): PartialHandlers<VaultMethods> {
  return {
    'vault.create': async ({ path, passphrase, operator }, ctx) => {
      // One vault at a time: whatever was open is locked first, so two never sit decrypted in memory.
      await deps.session.lock('user');
      const vault = await Vault.create(resolve(path), passphrase, {
        kdf: deps.defaultKdf,
        onProgress: ctx.progress,
        signal: ctx.signal,
        now: deps.now,
        reclaimLocksFromOtherThreads: deps.soleEngineInProcess,
      });
      return adopt(deps, vault, operator, 'vault.create', ctx);
    },

    'vault.unlock': async ({ path, passphrase, operator }, ctx) => {
      await deps.session.lock('user');
      const vault = await Vault.open(resolve(path), passphrase, {
        onProgress: ctx.progress,
        signal: ctx.signal,
        now: deps.now,
        reclaimLocksFromOtherThreads: deps.soleEngineInProcess,
      });
      return adopt(deps, vault, operator, 'vault.unlock', ctx);
    },

    'vault.lock': async (_params, ctx) => {
      deps.jobs.cancelAllExcept(ctx.requestId);
      await deps.session.lock('user');
      return null;
    },

    'vault.info': async () => {
      const { vault, operator } = requireOpenVault(deps);
      return summary(vault, operator);
    },

    'vault.save': async (_params, ctx) => {
      const { vault, operator } = requireOpenVault(deps);
      await vault.save(ctx.progress);
      await recordAudit(vault, { operator, action: 'vault.save', at: deps.now() });
      return summary(vault, operator);
    },

    'vault.changePassphrase': async ({ current, next }) => {
      const { vault, operator } = requireOpenVault(deps);
      await vault.changePassphrase(current, next);
      await recordAudit(vault, { operator, action: 'vault.changePassphrase', at: deps.now() });
      return summary(vault, operator);
    },
  };
}
