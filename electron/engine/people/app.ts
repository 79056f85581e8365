import { requireOpenVault, type EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';
import { personDetail } from './detail';
import { peopleFacets } from './facets';
import { placePerson } from './place';
import { searchPeople } from './search';
import { unplacedPeople } from './unplaced';
import { placeTown, unplacedTowns } from './unplacedTowns';
import { updatePerson } from './update';

export function peopleHandlers(
  deps: EngineDeps,
): PartialHandlers<
  | 'people.search'
  | 'people.get'
  | 'people.update'
  | 'people.facets'
  | 'people.unplaced'
  | 'people.place'
  | 'people.unplacedTowns'
  | 'people.placeTown'
> {
  return {
    'people.search': async (query) => searchPeople(requireOpenVault(deps).vault, query, deps.now()),
    'people.get': async ({ id }) => personDetail(requireOpenVault(deps).vault, id),
    'people.update': async ({ id, changes }) => {
      const { vault, operator } = requireOpenVault(deps);
      return updatePerson(vault, operator, id, changes, deps.now);
    },
    'people.facets': async () => peopleFacets(requireOpenVault(deps).vault),
    'people.unplaced': async (page) => unplacedPeople(requireOpenVault(deps).vault, page),
    'people.unplacedTowns': async ({ limit }) => unplacedTowns(requireOpenVault(deps).vault, limit),
    'people.placeTown': async (request) => {
      const { vault, operator } = requireOpenVault(deps);
      return placeTown(vault, operator, request, deps.now);
    },
    'people.place': async (point) => {
      const { vault, operator } = requireOpenVault(deps);
      return placePerson(vault, operator, point, deps.now);
    },
  };
}
