// Building an index over a 20,000-vertex area takes a few milliseconds; repeated queries on the
// same area (paging through who is inside, the map's statuses) reuse it until the area is edited.
import type { CrisisArea } from '../../../../shared/areas';
import { buildPolygonIndex, type PolygonIndex } from './polygonIndex';

const built = new Map<string, PolygonIndex>();
/** A handful of areas is the working set; beyond it the oldest index is rebuilt when needed. */
const KEEP = 32;

export function indexOfArea(area: CrisisArea): PolygonIndex {
  const key = `${area.id}@${area.updatedAt}`;
  let index = built.get(key);
  if (!index) {
    index = buildPolygonIndex(area.geometry);
    built.set(key, index);
    if (built.size > KEEP) built.delete(built.keys().next().value!);
  }
  return index;
}
