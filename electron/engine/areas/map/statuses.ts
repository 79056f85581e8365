// Each placed person's map status: the most severe crisis area they stand in. Recomputed only when
// the people or the areas change, so panning the map never re-runs point-in-polygon.
import type { MapStatus } from '../../../../shared/areas';
import type { Vault } from '../../vault/vault';
import { areasVersion, listAreas } from '../areaStore';
import type { PeopleColumns } from '../people/peopleColumns';
import { membersInside } from '../query/inside';

/** Codes index STATUS_ORDER: lower is more severe. */
export const STATUS_ORDER: MapStatus[] = ['evacuate', 'shelter', 'watch', 'outside'];
const OUTSIDE = STATUS_ORDER.indexOf('outside');

const cache = new WeakMap<PeopleColumns, { version: string; codes: Uint8Array }>();

export async function statusCodes(vault: Vault, columns: PeopleColumns): Promise<Uint8Array> {
  const version = areasVersion(vault);
  const cached = cache.get(columns);
  if (cached && cached.version === version) return cached.codes;
  const codes = new Uint8Array(columns.ids.length).fill(OUTSIDE);
  for (const area of listAreas(vault)) {
    const rank = STATUS_ORDER.indexOf(area.severity);
    for (const i of await membersInside(columns, area)) {
      if (rank < codes[i]!) codes[i] = rank;
    }
  }
  cache.set(columns, { version, codes });
  return codes;
}
