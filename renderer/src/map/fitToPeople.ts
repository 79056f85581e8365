// "Show everyone": frames the map on every placed person, from the engine's coarsest clusters
// (one query of the whole world, a few hundred cells at most).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapCluster, MapPoint } from '../../../shared/areas';
import { call } from '../api';

/** West, south, east, north around the clusters' cells and the single points; null when empty. */
export function peopleBounds(
  clusters: readonly MapCluster[],
  points: readonly MapPoint[],
): [number, number, number, number] | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const take = (w: number, s: number, e: number, n: number): void => {
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  };
  // The mean position, not the whole cell: a coarse cell is far wider than the people in it.
  for (const c of clusters) take(c.lon, c.lat, c.lon, c.lat);
  for (const p of points) take(p.lon, p.lat, p.lon, p.lat);
  return west === Infinity ? null : [west, south, east, north];
}

/** Returns false when no one has a point, so there is nothing to show. */
export async function fitToPeople(map: MapLibreMap): Promise<boolean> {
  // Zoom 3 makes cells of a few degrees: fine enough to frame a country, small enough an answer.
  const result = await call('map.points', { bbox: [-180, -90, 180, 90], zoom: 3, colourBy: 'status' });
  const bounds = peopleBounds(result.clusters, result.points);
  if (!bounds) return false;
  map.fitBounds(
    [
      [bounds[0], bounds[1]],
      [bounds[2], bounds[3]],
    ],
    { padding: 60, maxZoom: 11, duration: 0 },
  );
  return true;
}
