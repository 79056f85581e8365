import { requireOpenVault, type EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';
import { personDetail } from './detail';
import { peopleFacets } from './facets';
import { searchPeople } from './search';
import { updatePerson } from './update';

export function peopleHandlers(
  deps: EngineDeps,
): PartialHandlers<'people.search' | 'people.get' | 'people.update' | 'people.facets'> {
  return {
    'people.search': async (query) => searchPeople(requireOpenVault(deps).vault, query, deps.now()),
    'people.get': async ({ id }) => personDetail(requireOpenVault(deps).vault, id),
    'people.update': async ({ id, changes }) => {
      const { vault, operator } = requireOpenVault(deps);
      return updatePerson(vault, operator, id, changes, deps.now);
    },
    'people.facets': async () => peopleFacets(requireOpenVault(deps).vault),
  };
}
