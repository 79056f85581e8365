// Exports (manifests, contact lists, aggregated figures), their partner profiles (built-in and the
// crisis cell's own), and the address book of partners' keys that exports are sealed to.
import { requireOpenVault, type EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';
import { addToAddressBook, listAddressBook, removeFromAddressBook } from './addressBook';
import { exportAggregate, exportContacts, exportManifest } from './exportActions';
import { FIELD_CHOICES, deleteProfile, listProfiles, saveProfile } from './profileStore';
import type { Publisher } from './publish';

type ExportMethod =
  | 'export.manifest'
  | 'export.contacts'
  | 'export.aggregate'
  | 'export.profiles'
  | 'profile.fields'
  | 'profile.save'
  | 'profile.delete'
  | 'addressBook.list'
  | 'addressBook.add'
  | 'addressBook.remove';

export function exportHandlers(deps: EngineDeps): PartialHandlers<ExportMethod> {
  const publisher = (): Publisher => {
    const { vault, operator } = requireOpenVault(deps);
    return { vault, operator, now: deps.now };
  };
  const actor = () => {
    const { vault, operator } = requireOpenVault(deps);
    return { vault, actor: { operator, now: deps.now } };
  };
  return {
    'export.manifest': async (params, ctx) => exportManifest(publisher(), params, ctx),
    'export.contacts': async (params, ctx) => exportContacts(publisher(), params, ctx),
    'export.aggregate': async (params, ctx) => exportAggregate(publisher(), params, ctx),
    'export.profiles': async () => listProfiles(requireOpenVault(deps).vault),
    'profile.fields': async () => FIELD_CHOICES,
    'profile.save': async (profile) => {
      const { vault, actor: who } = actor();
      return saveProfile(vault, who, profile);
    },
    'profile.delete': async ({ name }) => {
      const { vault, actor: who } = actor();
      await deleteProfile(vault, who, name);
      return null;
    },
    'addressBook.list': async () => listAddressBook(requireOpenVault(deps).vault),
    'addressBook.add': async (entry) => {
      const { vault, actor: who } = actor();
      return addToAddressBook(vault, who, entry);
    },
    'addressBook.remove': async ({ name }) => {
      const { vault, actor: who } = actor();
      await removeFromAddressBook(vault, who, name);
      return null;
    },
  };
}
