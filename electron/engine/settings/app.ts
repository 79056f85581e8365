import { requireOpenVault, type EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';
import { readHostCountry, writeHostCountry } from './hostCountry';

export function settingsHandlers(
  deps: EngineDeps,
): PartialHandlers<'settings.get' | 'settings.setHostCountry'> {
  return {
    'settings.get': async () => ({ hostCountry: readHostCountry(requireOpenVault(deps).vault) }),
    'settings.setHostCountry': async ({ country }) => {
      const { vault, operator } = requireOpenVault(deps);
      return { hostCountry: await writeHostCountry(vault, operator, country, deps.now) };
    },
  };
}
