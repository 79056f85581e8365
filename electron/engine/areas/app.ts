// Crisis areas, "who is inside / near", assembly points and the clustered map.
import { requireOpenVault, type EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';
import { bufferArea, createDrawnArea, editArea, importAreaFile } from './areaActions';
import { deleteArea, getArea, listAreas, type Actor } from './areaStore';
import { assignToAssemblyPoints } from './assembly/assign';
import { createAssemblyPoint, deleteAssemblyPoint, listAssemblyPoints } from './assembly/assemblyStore';
import { mapPoints, peopleAt } from './map/points';
import { insideArea } from './query/inside';
import { nearPeople } from './query/near';

type AreaMethod =
  | 'area.list'
  | 'area.get'
  | 'area.import'
  | 'area.create'
  | 'area.update'
  | 'area.buffer'
  | 'area.delete'
  | 'area.inside'
  | 'area.near'
  | 'assembly.list'
  | 'assembly.create'
  | 'assembly.delete'
  | 'assembly.assign'
  | 'map.points'
  | 'map.peopleAt';

export function areaHandlers(deps: EngineDeps): PartialHandlers<AreaMethod> {
  const open = () => requireOpenVault(deps).vault;
  const writer = () => {
    const { vault, operator } = requireOpenVault(deps);
    const actor: Actor = { operator, now: deps.now };
    return { vault, actor };
  };
  return {
    'area.list': async () => listAreas(open()),
    'area.get': async ({ id }) => getArea(open(), id),
    'area.import': async (params, ctx) => {
      const { vault, actor } = writer();
      return importAreaFile(vault, actor, params, ctx);
    },
    'area.create': async (params) => {
      const { vault, actor } = writer();
      return createDrawnArea(vault, actor, params);
    },
    'area.update': async (params) => {
      const { vault, actor } = writer();
      return editArea(vault, actor, params);
    },
    'area.buffer': async (params) => {
      const { vault, actor } = writer();
      return bufferArea(vault, actor, params);
    },
    'area.delete': async ({ id }) => {
      const { vault, actor } = writer();
      await deleteArea(vault, actor, id);
      return null;
    },
    'area.inside': async (params, ctx) => insideArea(open(), params, deps.now(), ctx),
    'area.near': async (query, ctx) => nearPeople(open(), query, deps.now(), ctx),
    'assembly.list': async () => listAssemblyPoints(open()),
    'assembly.create': async (point) => {
      const { vault, actor } = writer();
      return createAssemblyPoint(vault, actor, point);
    },
    'assembly.delete': async ({ id }) => {
      const { vault, actor } = writer();
      await deleteAssemblyPoint(vault, actor, id);
      return null;
    },
    'assembly.assign': async (params, ctx) => assignToAssemblyPoints(open(), params, ctx),
    'map.points': async (query) => mapPoints(open(), query, deps.now()),
    'map.peopleAt': async (params) => peopleAt(open(), params),
  };
}
